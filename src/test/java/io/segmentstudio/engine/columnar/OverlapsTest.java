package io.segmentstudio.engine.columnar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** Overlap counts against a row-by-row count over random segments. */
class OverlapsTest {

    @RepeatedTest(25)
    void pairwiseAndUpSetCountsMatchCountingRowByRow(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        int rows = 1 + random.nextInt(5_000);
        int n = 1 + random.nextInt(Overlaps.MAX_UPSET_SEGMENTS);
        List<RoaringBitmap> segments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double share = random.nextDouble();
            RoaringBitmap segment = new RoaringBitmap();
            for (int row = 0; row < rows; row++) {
                if (random.nextDouble() < share) {
                    segment.add(row);
                }
            }
            segments.add(segment);
        }
        long[][] pairs = Overlaps.pairwise(segments);
        Map<Integer, Long> expected = new HashMap<>();
        for (int row = 0; row < rows; row++) {
            int mask = 0;
            for (int i = 0; i < n; i++) {
                if (segments.get(i).contains(row)) {
                    mask |= 1 << i;
                    for (int j = 0; j < n; j++) {
                        if (segments.get(j).contains(row)) {
                            pairs[i][j]--;
                        }
                    }
                }
            }
            if (mask != 0) {
                expected.merge(mask, 1L, Long::sum);
            }
        }
        for (long[] line : pairs) {
            assertThat(line).containsOnly(0L);
        }
        List<Overlaps.Combination> upSet = Overlaps.upSet(segments, rows);
        Map<Integer, Long> actual = new HashMap<>();
        upSet.forEach(c -> actual.put(c.segments(), c.profiles()));
        assertThat(actual).isEqualTo(expected);
        List<Long> sizes = new ArrayList<>(upSet.stream().map(Overlaps.Combination::profiles).toList());
        List<Long> sorted = new ArrayList<>(sizes);
        sorted.sort(Collections.reverseOrder());
        assertThat(sizes).isEqualTo(sorted);
    }

    @Test
    void refusesMoreSegmentsThanAMaskHolds() {
        List<RoaringBitmap> segments = Collections.nCopies(31, new RoaringBitmap());
        assertThatThrownBy(() -> Overlaps.upSet(segments, 10)).hasMessageContaining("at most 30");
    }
}
