package io.segmentstudio.engine.columnar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class PriorityAssignmentTest {
    @Test
    void eachProfileGoesToTheFirstSegmentItBelongsTo() {
        RoaringBitmap vip = RoaringBitmap.bitmapOf(1, 2, 3);
        RoaringBitmap churn = RoaringBitmap.bitmapOf(3, 4);
        RoaringBitmap all = RoaringBitmap.bitmapOf(1, 2, 3, 4, 5);

        List<RoaringBitmap> exclusive = PriorityAssignment.exclusive(List.of(vip, churn, all));

        assertThat(exclusive).containsExactly(RoaringBitmap.bitmapOf(1, 2, 3), RoaringBitmap.bitmapOf(4),
                RoaringBitmap.bitmapOf(5));
        assertThat(vip.getCardinality()).as("inputs are left alone").isEqualTo(3);
        assertThat(PriorityAssignment.exclusive(List.of())).isEmpty();
    }

    @Test
    void exclusiveSetsAreDisjointCoverTheUnionAndFollowTheOrder() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + random.nextInt(200);
            List<RoaringBitmap> segments = new ArrayList<>();
            for (int s = random.nextInt(6); s >= 0; s--) {
                RoaringBitmap members = new RoaringBitmap();
                double density = random.nextDouble();
                for (int row = 0; row < rows; row++) {
                    if (random.nextDouble() < density) {
                        members.add(row);
                    }
                }
                segments.add(members);
            }
            List<RoaringBitmap> exclusive = PriorityAssignment.exclusive(segments);
            for (int row = 0; row < rows; row++) {
                int first = -1;
                for (int s = 0; s < segments.size() && first < 0; s++) {
                    first = segments.get(s).contains(row) ? s : -1;
                }
                for (int s = 0; s < segments.size(); s++) {
                    assertThat(exclusive.get(s).contains(row)).as("trial %d row %d segment %d", trial, row, s)
                            .isEqualTo(s == first);
                }
            }
        }
    }
}
