package io.segmentstudio.engine.columnar;

import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Exclusive assignment in a priority order: each profile goes to the first segment it is a member of, so
 * a segment keeps its members minus everyone a segment above it already took.
 */
public final class PriorityAssignment {
    private PriorityAssignment() {
    }

    /**
     * @param membersInOrder each segment's members, highest priority first
     * @return each segment's exclusive members, in the same order: disjoint, and together the union of all
     */
    public static List<RoaringBitmap> exclusive(List<RoaringBitmap> membersInOrder) {
        List<RoaringBitmap> exclusive = new ArrayList<>(membersInOrder.size());
        RoaringBitmap taken = new RoaringBitmap();
        for (RoaringBitmap members : membersInOrder) {
            RoaringBitmap kept = RoaringBitmap.andNot(members, taken);
            exclusive.add(kept);
            taken.or(kept);
        }
        return exclusive;
    }
}
