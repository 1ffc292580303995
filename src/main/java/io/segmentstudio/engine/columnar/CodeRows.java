package io.segmentstudio.engine.columnar;

import java.util.function.Predicate;

/**
 * A dictionary-coded column under any operator: the evaluator's own test decides each distinct value
 * once (missing included, as code 0), and rows are decided by looking their code up. Values that join
 * the dictionary later (real-time updates) are decided when first met.
 */
final class CodeRows implements RowSet {
    private final CodedColumn column;
    private final Predicate<Object> test;
    private boolean[] matches = new boolean[0];

    CodeRows(CodedColumn column, Predicate<Object> test) {
        this.column = column;
        this.test = test;
        decideNewCodes();
    }

    private void decideNewCodes() {
        int known = matches.length;
        int size = column.dictionarySize();
        if (size > known) {
            boolean[] grown = java.util.Arrays.copyOf(matches, size);
            for (int code = known; code < size; code++) {
                grown[code] = test.test(column.entry(code));
            }
            matches = grown;
        }
    }

    @Override
    public void into(long[] mask, long[] out) {
        decideNewCodes();
        boolean[] matches = this.matches;
        int[] codes = column.codes();
        int limit = column.size();
        for (int w = 0; w < out.length; w++) {
            long candidates = mask[w];
            if (candidates == 0) {
                out[w] = 0;
                continue;
            }
            int base = w << 6;
            long bits = 0;
            if (Long.bitCount(candidates) <= RangeRows.SPARSE) {
                for (long left = candidates; left != 0; left &= left - 1) {
                    int b = Long.numberOfTrailingZeros(left);
                    bits |= (matches[codes[base + b]] ? 1L : 0L) << b;
                }
                out[w] = bits;
                continue;
            }
            int end = Math.min(64, limit - base);
            for (int b = 0; b < end; b++) {
                bits |= (matches[codes[base + b]] ? 1L : 0L) << b;
            }
            out[w] = bits & candidates;
        }
    }

    @Override
    public boolean test(int row) {
        int code = column.codes()[row];
        if (code >= matches.length) {
            decideNewCodes();
        }
        return matches[code];
    }
}
