package io.segmentstudio.engine.columnar;

/** Present values within an inclusive range of the column's longs: numbers, days, microseconds. */
final class RangeRows implements RowSet {
    /** Below this many candidate rows in a word, testing them one by one beats the 64-row loop. */
    static final int SPARSE = 12;
    private final LongColumn column;
    private final long low;
    private final long span;
    private final boolean empty;

    RangeRows(LongColumn column, LongRange range) {
        this.column = column;
        this.low = range.low();
        this.span = range.high() - range.low();
        this.empty = range.isEmpty();
    }

    @Override
    public void into(long[] mask, long[] out) {
        long[] values = column.values();
        long[] present = column.present();
        int limit = column.size();
        for (int w = 0; w < out.length; w++) {
            long candidates = empty ? 0 : mask[w] & present[w];
            if (candidates == 0) {
                out[w] = 0;
                continue;
            }
            int base = w << 6;
            long bits = 0;
            if (Long.bitCount(candidates) <= SPARSE) {
                // few rows left in this word (later children of an AND): test only those
                for (long left = candidates; left != 0; left &= left - 1) {
                    int b = Long.numberOfTrailingZeros(left);
                    bits |= (Long.compareUnsigned(values[base + b] - low, span) <= 0 ? 1L : 0L) << b;
                }
                out[w] = bits;
                continue;
            }
            int end = Math.min(64, limit - base);
            for (int b = 0; b < end; b++) {
                // lo <= v <= hi as one unsigned comparison, without a branch
                bits |= (Long.compareUnsigned(values[base + b] - low, span) <= 0 ? 1L : 0L) << b;
            }
            out[w] = bits & candidates;
        }
    }

    @Override
    public boolean test(int row) {
        return !empty && Words.get(column.present(), row)
                && Long.compareUnsigned(column.values()[row] - low, span) <= 0;
    }
}
