package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.AttributeType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Numbers, dates and timestamps as one long per row plus a presence bit: integers as they are,
 * decimals scaled by 10^{@link #scale()} (exact; the scale grows to the finest value seen), dates as
 * epoch days, timestamps as epoch microseconds (their stored precision, semantics.md).
 */
final class LongColumn implements Column {
    /** Thrown when a decimal cannot be held as a scaled long; the table then codes the column instead. */
    static final class DoesNotFit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DoesNotFit() {
            super(null, null, false, false);
        }
    }

    private static final int MAX_SCALE = 18;
    private final AttributeType type;
    private long[] values;
    private long[] present;
    private int size;
    private int scale;

    LongColumn(AttributeType type, int capacity) {
        this.type = type;
        this.values = new long[Math.max(16, capacity)];
        this.present = new long[Words.count(values.length)];
    }

    /** A column restored from a snapshot: {@code size} rows of values scaled by 10^scale. */
    LongColumn(AttributeType type, long[] values, long[] present, int size, int scale) {
        this.type = type;
        this.values = values;
        this.present = present;
        this.size = size;
        this.scale = scale;
    }

    static boolean holds(AttributeType type) {
        return switch (type) {
            case INTEGER, DECIMAL, DATE, TIMESTAMP -> true;
            default -> false;
        };
    }

    @Override
    public AttributeType type() {
        return type;
    }

    @Override
    public int size() {
        return size;
    }

    long[] values() {
        return values;
    }

    long[] present() {
        return present;
    }

    @Override
    public long filled() {
        long filled = 0;
        for (int row = 0; row < size; row++) {
            if (Words.get(present, row)) {
                filled++;
            }
        }
        return filled;
    }

    int scale() {
        return scale;
    }

    @Override
    public Object value(int row) {
        if (!Words.get(present, row)) {
            return null;
        }
        long v = values[row];
        return switch (type) {
            case INTEGER -> v;
            case DECIMAL -> BigDecimal.valueOf(v, scale);
            case DATE -> LocalDate.ofEpochDay(v);
            case TIMESTAMP -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
            default -> throw new IllegalStateException(type.toString());
        };
    }

    @Override
    public void set(int row, Object value) {
        if (row == size) {
            grow(size + 1);
            size++;
        }
        if (value == null) {
            Words.set(present, row, false);
            values[row] = 0;
            return;
        }
        long encoded = encode(value); // first: encoding may rescale, replacing the values array
        values[row] = encoded;
        Words.set(present, row, true);
    }

    private long encode(Object value) {
        return switch (type) {
            case INTEGER -> ((Number) value).longValue();
            case DECIMAL -> scaled(value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue()));
            case DATE -> ((LocalDate) value).toEpochDay();
            case TIMESTAMP -> micros((Instant) value);
            default -> throw new IllegalStateException(type.toString());
        };
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** The value times 10^scale as a long, raising the column's scale first when the value is finer. */
    private long scaled(BigDecimal value) {
        // a value no finer than the column's needs no look at its trailing zeros (which allocates)
        int needed = value.scale() <= scale ? scale : Math.max(0, value.stripTrailingZeros().scale());
        if (needed > scale) {
            rescale(needed);
        }
        try {
            return value.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new DoesNotFit();
        }
    }

    /** All or nothing: a value that overflows leaves the column as it was. */
    private void rescale(int newScale) {
        if (newScale > MAX_SCALE) {
            throw new DoesNotFit();
        }
        long factor = BigInteger.TEN.pow(newScale - scale).longValueExact();
        long[] rescaled = values.clone();
        for (int row = 0; row < size; row++) {
            if (Words.get(present, row)) {
                try {
                    rescaled[row] = Math.multiplyExact(values[row], factor);
                } catch (ArithmeticException e) {
                    throw new DoesNotFit();
                }
            }
        }
        values = rescaled;
        scale = newScale;
    }

    private void grow(int needed) {
        if (needed > values.length) {
            int capacity = Math.max(needed, values.length + (values.length >> 1));
            values = Arrays.copyOf(values, capacity);
            present = Arrays.copyOf(present, Words.count(capacity));
        }
    }

    @Override
    public long bytes() {
        return 8L * values.length + 8L * present.length;
    }
}
