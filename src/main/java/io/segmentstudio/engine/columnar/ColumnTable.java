package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.AttributeType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Named columns of equal length: the profiles' attributes, or the events' properties. A column's
 * layout follows its type; a decimal column that meets a value too wide for a scaled long is
 * re-coded as a dictionary, keeping every value exact.
 */
final class ColumnTable {
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final int capacity;
    private int size;
    private long layoutChanges;

    ColumnTable(Map<String, AttributeType> types, int capacity) {
        this.capacity = capacity;
        types.forEach((name, type) -> columns.put(name, newColumn(type, capacity)));
    }

    private ColumnTable(int size) {
        this.capacity = size;
        this.size = size;
    }

    /** A table restored from its columns (a snapshot), all holding {@code size} rows. */
    static ColumnTable restored(Map<String, Column> columns, int size) {
        ColumnTable table = new ColumnTable(size);
        table.columns.putAll(columns);
        return table;
    }

    private static Column newColumn(AttributeType type, int capacity) {
        return LongColumn.holds(type) ? new LongColumn(type, capacity) : new CodedColumn(type, capacity);
    }

    int size() {
        return size;
    }

    Optional<Column> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    Map<String, Column> columns() {
        return columns;
    }

    /** Adds a row holding the given values (absent names are missing); returns its index. */
    int append(Map<String, Object> values) {
        int row = size++;
        for (Map.Entry<String, Column> entry : columns.entrySet()) {
            put(entry.getKey(), entry.getValue(), row, values.get(entry.getKey()));
        }
        return row;
    }

    /** The column names in the order {@link #append(Object[])} takes values. */
    java.util.List<String> order() {
        return java.util.List.copyOf(columns.keySet());
    }

    /** Adds a row holding one value per column, in {@link #order()}; returns its index. */
    int append(Object[] values) {
        int row = size++;
        int i = 0;
        for (Map.Entry<String, Column> entry : columns.entrySet()) {
            put(entry.getKey(), entry.getValue(), row, values[i++]);
        }
        return row;
    }

    /** The values of a row by column name; missing values are left out. */
    Map<String, Object> values(int row) {
        Map<String, Object> values = new LinkedHashMap<>();
        columns.forEach((name, column) -> {
            Object value = column.value(row);
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    /** Overwrites the named values of a row; columns not named keep their values. */
    void update(int row, Map<String, Object> values) {
        values.forEach((name, value) -> {
            Column column = columns.get(name);
            if (column != null) {
                put(name, column, row, value);
            }
        });
    }

    /**
     * How many times a column changed layout (a decimal column rescaled or re-coded): rules compiled
     * before hold ranges at the old scale, or the old column, and must be compiled again.
     */
    long layoutChanges() {
        return layoutChanges;
    }

    private void put(String name, Column column, int row, Object value) {
        int scale = column instanceof LongColumn longs ? longs.scale() : 0;
        try {
            column.set(row, value);
            if (column instanceof LongColumn longs && longs.scale() != scale) {
                layoutChanges++;
            }
        } catch (LongColumn.DoesNotFit tooWide) {
            layoutChanges++;
            CodedColumn coded = new CodedColumn(column.type(), Math.max(capacity, column.size()));
            for (int r = 0; r < column.size(); r++) {
                coded.set(r, r == row ? value : column.value(r));
            }
            if (row == column.size()) {
                coded.set(row, value);
            }
            columns.put(name, coded);
        }
    }

    long bytes() {
        return columns.values().stream().mapToLong(Column::bytes).sum();
    }
}
