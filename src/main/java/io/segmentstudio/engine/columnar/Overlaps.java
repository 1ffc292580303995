package io.segmentstudio.engine.columnar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Overlap counts of segment member bitmaps: the pairwise matrix of a heat map, and the exclusive
 * combinations of an UpSet plot (every profile counted once, under exactly the segments it is in).
 */
public final class Overlaps {
    /** At most this many segments in one UpSet: a combination is a bit mask in an int. */
    public static final int MAX_UPSET_SEGMENTS = 30;
    /** Up to this many segments, combinations are counted in a table indexed by their mask. */
    private static final int DIRECT_COUNT_SEGMENTS = 20;

    private Overlaps() {
    }

    /** {@code [i][j]} = profiles in both segment i and segment j; the diagonal holds the sizes. */
    public static long[][] pairwise(List<RoaringBitmap> segments) {
        int n = segments.size();
        long[][] counts = new long[n][n];
        for (int i = 0; i < n; i++) {
            counts[i][i] = segments.get(i).getLongCardinality();
            for (int j = i + 1; j < n; j++) {
                long both = RoaringBitmap.andCardinality(segments.get(i), segments.get(j));
                counts[i][j] = both;
                counts[j][i] = both;
            }
        }
        return counts;
    }

    /** Profiles that are in exactly the segments whose bits are set in {@code segments} (bit i = segment i). */
    public record Combination(int segments, long profiles) {
    }

    /**
     * Every non-empty combination with at least one profile, largest first (ties by mask).
     *
     * @param rows the number of rows of the image the bitmaps come from
     */
    public static List<Combination> upSet(List<RoaringBitmap> segments, int rows) {
        if (segments.size() > MAX_UPSET_SEGMENTS) {
            throw new IllegalArgumentException("An UpSet takes at most " + MAX_UPSET_SEGMENTS + " segments, not "
                    + segments.size());
        }
        int[] signature = new int[rows];
        for (int i = 0; i < segments.size(); i++) {
            int bit = 1 << i;
            segments.get(i).forEach((int row) -> signature[row] |= bit);
        }
        List<Combination> combinations = new ArrayList<>();
        if (segments.size() <= DIRECT_COUNT_SEGMENTS) {
            // every mask has its own counter: no hashing per row (a 4 MB table at 20 segments)
            int[] counts = new int[1 << segments.size()];
            for (int mask : signature) {
                counts[mask]++;
            }
            for (int mask = 1; mask < counts.length; mask++) {
                if (counts[mask] > 0) {
                    combinations.add(new Combination(mask, counts[mask]));
                }
            }
        } else {
            CountsByMask counts = new CountsByMask();
            for (int mask : signature) {
                if (mask != 0) {
                    counts.increment(mask);
                }
            }
            counts.forEach((mask, count) -> combinations.add(new Combination(mask, count)));
        }
        combinations.sort(Comparator.comparingLong(Combination::profiles).reversed()
                .thenComparingInt(Combination::segments));
        return combinations;
    }

    /** An open-addressing map from non-zero int masks to counts, without boxing a million keys. */
    private static final class CountsByMask {
        private int[] keys = new int[1024];
        private long[] values = new long[1024];
        private int size;

        interface Entry {
            void accept(int mask, long count);
        }

        void increment(int mask) {
            int slot = slot(keys, mask);
            if (keys[slot] == 0) {
                keys[slot] = mask;
                if (++size * 2 > keys.length) {
                    grow();
                    slot = slot(keys, mask);
                }
            }
            values[slot]++;
        }

        void forEach(Entry entry) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    entry.accept(keys[i], values[i]);
                }
            }
        }

        private static int slot(int[] keys, int mask) {
            int slot = (mask * 0x9E3779B9) >>> 1 & (keys.length - 1);
            while (keys[slot] != 0 && keys[slot] != mask) {
                slot = (slot + 1) & (keys.length - 1);
            }
            return slot;
        }

        private void grow() {
            int[] oldKeys = keys;
            long[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new long[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}
