package io.segmentstudio.engine.columnar;

/**
 * A compiled condition over the rows of a table. {@link #into} decides whole 64-row words at a time,
 * only where the mask has rows left (AND passes its running result as the mask of the next child, so
 * later children skip rows already out); {@link #test} decides one row, for real-time re-evaluation.
 */
interface RowSet {
    /** Sets {@code out[w] = mask[w] & (rows of word w in this set)} for every word; out is not the mask. */
    void into(long[] mask, long[] out);

    boolean test(int row);

    /** The rows among {@code 0..rows-1} in this set, as words. */
    default long[] scan(int rows) {
        long[] out = new long[Words.count(rows)];
        into(Words.all(rows), out);
        return out;
    }
}
