package io.segmentstudio.engine.columnar;

/** A rule without any enabled condition: everyone (semantics.md, "Disabled and empty nodes"). */
final class AllRows implements RowSet {
    @Override
    public void into(long[] mask, long[] out) {
        System.arraycopy(mask, 0, out, 0, mask.length);
    }

    @Override
    public boolean test(int row) {
        return true;
    }
}
