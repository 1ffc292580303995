package io.segmentstudio.engine.columnar;

/** Rows whose value is missing: {@code is_null}, whose complement is {@code is_not_null}. */
final class MissingRows implements RowSet {
    private final LongColumn column;

    MissingRows(LongColumn column) {
        this.column = column;
    }

    @Override
    public void into(long[] mask, long[] out) {
        long[] present = column.present();
        for (int w = 0; w < out.length; w++) {
            out[w] = mask[w] & ~present[w];
        }
    }

    @Override
    public boolean test(int row) {
        return !Words.get(column.present(), row);
    }
}
