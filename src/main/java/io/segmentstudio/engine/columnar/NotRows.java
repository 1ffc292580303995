package io.segmentstudio.engine.columnar;

/**
 * The exact complement within the mask: negated groups and every negative operator, whose rows are
 * those its positive does not hold for, missing values included (semantics.md, rules 2 and 3).
 */
final class NotRows implements RowSet {
    private final RowSet positive;

    NotRows(RowSet positive) {
        this.positive = positive;
    }

    @Override
    public void into(long[] mask, long[] out) {
        positive.into(mask, out);
        for (int w = 0; w < out.length; w++) {
            out[w] = mask[w] & ~out[w];
        }
    }

    @Override
    public boolean test(int row) {
        return !positive.test(row);
    }
}
