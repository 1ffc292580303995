package io.segmentstudio.ui.priority;

/**
 * One segment of the working order as the page draws it: its rank, its two sizes as figures and as bar
 * lengths on a scale shared by every row, and what the segments above take from it.
 *
 * @param rank           1 for the highest priority
 * @param members        its raw size, or -1 while unknown
 * @param exclusive      the profiles it keeps in this order, or -1 while this order is being sized
 * @param membersScale   length of the raw bar, 0..1 of the largest segment of the order
 * @param exclusiveScale length of the exclusive bar on the same scale
 * @param keptText       "2,206 kept"; "" while this order is being sized
 * @param membersText    "of 3,410" beside the kept figure, "3,410 members" without it, "" while unknown
 * @param loss           "loses 1,204 (35.3%) to VIP", or what it keeps when it loses nothing
 */
public record PriorityRow(int rank, String segment, long members, long exclusive, double membersScale,
                          double exclusiveScale, String keptText, String membersText, String loss) {
    /** Loses members to a segment above it. */
    public boolean losing() {
        return exclusive >= 0 && exclusive < members;
    }
}
