package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.AttributeType;

/**
 * One attribute (or event property) over all rows of a table, in primitive form. Rows are appended
 * or overwritten, never removed: the table maps keys to rows.
 */
sealed interface Column permits LongColumn, CodedColumn {
    AttributeType type();

    int size();

    /** The value as the evaluator sees it (Long, BigDecimal, LocalDate, Instant, String, Boolean, List), null when missing. */
    Object value(int row);

    /** Sets the value of a row, appending when {@code row == size()}. */
    void set(int row, Object value);

    /** Rows that hold a value. */
    long filled();

    /** Bytes held, for the memory report. */
    long bytes();
}
