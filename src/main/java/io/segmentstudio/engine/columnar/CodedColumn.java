package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.AttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary-coded values: one int code per row, code 0 meaning missing. Strings, booleans, string
 * lists and decimals too wide for a scaled long are held this way. A predicate is decided once per
 * distinct value, then rows are decided by a table lookup of their code.
 */
final class CodedColumn implements Column {
    private final AttributeType type;
    private final List<Object> dictionary = new ArrayList<>();
    private final Map<Object, Integer> codes = new HashMap<>();
    private int[] rows;
    private int size;

    CodedColumn(AttributeType type, int capacity) {
        this.type = type;
        this.rows = new int[Math.max(16, capacity)];
        dictionary.add(null);
    }

    /** A column restored from a snapshot: the dictionary (entry 0 is null) and {@code size} rows of codes. */
    CodedColumn(AttributeType type, List<Object> dictionary, int[] rows, int size) {
        this.type = type;
        this.rows = rows;
        this.size = size;
        this.dictionary.addAll(dictionary);
        for (int code = 1; code < dictionary.size(); code++) {
            codes.put(dictionary.get(code), code);
        }
    }

    @Override
    public AttributeType type() {
        return type;
    }

    @Override
    public int size() {
        return size;
    }

    int[] codes() {
        return rows;
    }

    @Override
    public long filled() {
        long filled = 0;
        for (int row = 0; row < size; row++) {
            if (rows[row] != 0) {
                filled++;
            }
        }
        return filled;
    }

    /** Distinct values so far, code 0 (missing) included. */
    int dictionarySize() {
        return dictionary.size();
    }

    Object entry(int code) {
        return dictionary.get(code);
    }

    @Override
    public Object value(int row) {
        return dictionary.get(rows[row]);
    }

    @Override
    public void set(int row, Object value) {
        if (row == size) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, rows.length + (rows.length >> 1));
            }
            size++;
        }
        rows[row] = code(value);
    }

    private int code(Object value) {
        if (value == null) {
            return 0;
        }
        Object key = normalised(type == AttributeType.DECIMAL && !(value instanceof BigDecimal)
                ? new BigDecimal(value.toString()) : value); // a whole number given to a decimal column
        Integer code = codes.get(key);
        if (code == null) {
            code = dictionary.size();
            dictionary.add(key);
            codes.put(key, code);
        }
        return code;
    }

    /** Equal values share a code: 2.50 and 2.5 are one number, and lists are compared by content. */
    private static Object normalised(Object value) {
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        } else if (value instanceof List<?> list) {
            return java.util.Collections.unmodifiableList(new ArrayList<>(list)); // elements may be null
        }
        return value;
    }

    @Override
    public long bytes() {
        // the dictionary's entries are shared with nobody; count them roughly
        return 4L * rows.length + 48L * dictionary.size();
    }
}
