package io.segmentstudio.engine.columnar;

import java.util.function.Predicate;

/**
 * Any column under an operator that has no specialised loop (anniversaries): the evaluator's own test
 * on each row's value. Slower, never different.
 */
final class BoxedRows extends RowByRow {
    private final Column column;
    private final Predicate<Object> test;

    BoxedRows(Column column, Predicate<Object> test) {
        this.column = column;
        this.test = test;
    }

    @Override
    public boolean test(int row) {
        return test.test(column.value(row));
    }
}
