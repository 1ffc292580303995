package io.segmentstudio.engine.columnar;

import java.util.function.Predicate;

/**
 * A dictionary-coded column under any operator: the evaluator's own test decides each distinct value
 * once (missing included, as code 0), and rows are decided by looking their code up.
 */
final class CodeRows implements RowSet {
    private final CodedColumn column;
    private final boolean[] matches;

    CodeRows(CodedColumn column, Predicate<Object> test) {
        this.column = column;
        this.matches = new boolean[column.dictionarySize()];
        for (int code = 0; code < matches.length; code++) {
            matches[code] = test.test(column.entry(code));
        }
    }

    @Override
    public void into(long[] mask, long[] out) {
        int[] codes = column.codes();
        int limit = column.size();
        for (int w = 0; w < out.length; w++) {
            long candidates = mask[w];
            if (candidates == 0) {
                out[w] = 0;
                continue;
            }
            int base = w << 6;
            int end = Math.min(64, limit - base);
            long bits = 0;
            for (int b = 0; b < end; b++) {
                bits |= (matches[codes[base + b]] ? 1L : 0L) << b;
            }
            out[w] = bits & candidates;
        }
    }

    @Override
    public boolean test(int row) {
        return matches[column.codes()[row]];
    }
}
