package io.segmentstudio.engine.columnar;

import java.util.Arrays;

/** Present values equal to one of a set of longs (numbers at the column's scale, or days). */
final class InRows implements RowSet {
    private final LongColumn column;
    private final long[] sorted;

    InRows(LongColumn column, long[] values) {
        this.column = column;
        this.sorted = Arrays.stream(values).sorted().distinct().toArray();
    }

    @Override
    public void into(long[] mask, long[] out) {
        long[] present = column.present();
        for (int w = 0; w < out.length; w++) {
            long candidates = sorted.length == 0 ? 0 : mask[w] & present[w];
            long bits = 0;
            while (candidates != 0) {
                int b = Long.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                if (Arrays.binarySearch(sorted, column.values()[(w << 6) + b]) >= 0) {
                    bits |= 1L << b;
                }
            }
            out[w] = bits;
        }
    }

    @Override
    public boolean test(int row) {
        return Words.get(column.present(), row) && Arrays.binarySearch(sorted, column.values()[row]) >= 0;
    }
}
