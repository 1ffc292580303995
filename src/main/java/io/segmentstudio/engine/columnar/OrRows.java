package io.segmentstudio.engine.columnar;

/** At least one child holds: each child only looks at the rows no predecessor has taken. */
final class OrRows implements RowSet {
    private final RowSet[] children;

    OrRows(RowSet[] children) {
        this.children = children;
    }

    @Override
    public void into(long[] mask, long[] out) {
        long[] open = mask.clone();
        long[] found = new long[mask.length];
        java.util.Arrays.fill(out, 0L);
        for (RowSet child : children) {
            child.into(open, found);
            for (int w = 0; w < out.length; w++) {
                out[w] |= found[w];
                open[w] &= ~found[w];
            }
        }
    }

    @Override
    public boolean test(int row) {
        for (RowSet child : children) {
            if (child.test(row)) {
                return true;
            }
        }
        return false;
    }
}
