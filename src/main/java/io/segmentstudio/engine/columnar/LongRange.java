package io.segmentstudio.engine.columnar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An inclusive range of longs that selects exactly the values an exact decimal comparison selects:
 * for a column scaled by 10^s, {@code v > 1.005} with s = 2 is {@code v ≥ 101}. Bounds beyond the
 * long range clamp, or empty the range.
 */
record LongRange(long low, long high) {
    static final LongRange NONE = new LongRange(1, 0);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    boolean isEmpty() {
        return low > high;
    }

    boolean contains(long value) {
        return value >= low && value <= high;
    }

    LongRange intersect(LongRange other) {
        return new LongRange(Math.max(low, other.low), Math.min(high, other.high));
    }

    static LongRange atLeast(BigDecimal bound, int scale) {
        return fromLow(scaled(bound, scale).setScale(0, RoundingMode.CEILING).toBigIntegerExact());
    }

    static LongRange greaterThan(BigDecimal bound, int scale) {
        return fromLow(scaled(bound, scale).setScale(0, RoundingMode.FLOOR).toBigIntegerExact().add(BigInteger.ONE));
    }

    static LongRange atMost(BigDecimal bound, int scale) {
        return fromHigh(scaled(bound, scale).setScale(0, RoundingMode.FLOOR).toBigIntegerExact());
    }

    static LongRange lessThan(BigDecimal bound, int scale) {
        return fromHigh(scaled(bound, scale).setScale(0, RoundingMode.CEILING).toBigIntegerExact().subtract(BigInteger.ONE));
    }

    static LongRange equalTo(BigDecimal value, int scale) {
        return atLeast(value, scale).intersect(atMost(value, scale));
    }

    static LongRange between(BigDecimal low, BigDecimal high, int scale) {
        return atLeast(low, scale).intersect(atMost(high, scale));
    }

    private static BigDecimal scaled(BigDecimal value, int scale) {
        return value.movePointRight(scale);
    }

    private static LongRange fromLow(BigInteger low) {
        if (low.compareTo(MAX) > 0) {
            return NONE;
        }
        return new LongRange(low.compareTo(MIN) < 0 ? Long.MIN_VALUE : low.longValueExact(), Long.MAX_VALUE);
    }

    private static LongRange fromHigh(BigInteger high) {
        if (high.compareTo(MIN) < 0) {
            return NONE;
        }
        return new LongRange(Long.MIN_VALUE, high.compareTo(MAX) > 0 ? Long.MAX_VALUE : high.longValueExact());
    }
}
