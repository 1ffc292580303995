package io.segmentstudio.engine.columnar;

/** All children hold: each child only looks at the rows its predecessors kept. */
final class AndRows implements RowSet {
    private final RowSet[] children;

    AndRows(RowSet[] children) {
        this.children = children;
    }

    @Override
    public void into(long[] mask, long[] out) {
        long[] kept = mask;
        long[] a = new long[mask.length];
        long[] b = new long[mask.length];
        for (RowSet child : children) {
            long[] next = kept == a ? b : a;
            child.into(kept, next);
            kept = next;
        }
        System.arraycopy(kept, 0, out, 0, out.length);
    }

    @Override
    public boolean test(int row) {
        for (RowSet child : children) {
            if (!child.test(row)) {
                return false;
            }
        }
        return true;
    }
}
