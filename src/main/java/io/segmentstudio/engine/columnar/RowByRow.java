package io.segmentstudio.engine.columnar;

/** A row set that decides each row of the mask on its own: event counts, and boxed value tests. */
abstract class RowByRow implements RowSet {
    @Override
    public final void into(long[] mask, long[] out) {
        for (int w = 0; w < out.length; w++) {
            long candidates = mask[w];
            long bits = 0;
            while (candidates != 0) {
                int b = Long.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                if (test((w << 6) + b)) {
                    bits |= 1L << b;
                }
            }
            out[w] = bits;
        }
    }
}
