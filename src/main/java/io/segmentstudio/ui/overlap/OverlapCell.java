package io.segmentstudio.ui.overlap;

/**
 * One cell of the overlap grid.
 *
 * @param shared profiles in both segments, formatted
 * @param share  share of the row segment's members, formatted
 * @param heat   0 (no overlap) to 5 (all of the row segment), for the cell's colour
 * @param self   the diagonal: a segment compared with itself
 */
public record OverlapCell(String shared, String share, int heat, boolean self) {
    static final int MAX_HEAT = 5;

    static int heat(double share) {
        return share <= 0 ? 0 : Math.max(1, (int) Math.ceil(share * MAX_HEAT));
    }
}
