package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;

/**
 * A numeric operand, compared exactly with profile values (Long or BigDecimal, in integer and decimal
 * attributes alike). Never goes through double. Whole operands keep a long so that the common case,
 * a Long attribute against a whole number, compares without allocating.
 */
final class NumberOperand {
    private final BigDecimal value;
    private final boolean whole;
    private final long longValue;

    NumberOperand(BigDecimal value) {
        this.value = value;
        long exact = 0;
        boolean fits;
        try {
            exact = value.longValueExact();
            fits = true;
        } catch (ArithmeticException notWholeOrTooBig) {
            fits = false;
        }
        this.whole = fits;
        this.longValue = exact;
    }

    static NumberOperand of(Value value) {
        return new NumberOperand(decimal(value));
    }

    static BigDecimal decimal(Value value) {
        if (value instanceof Value.Int i) {
            return BigDecimal.valueOf(i.value());
        } else if (value instanceof Value.Dec d) {
            return d.value();
        }
        throw new IllegalArgumentException("expected a number, found " + value.raw());
    }

    /** Like {@code compareTo}: negative when the profile value is smaller than the operand. */
    int compareFrom(Object actual) {
        if (whole && actual instanceof Long l) {
            return Long.compare(l, longValue);
        }
        return toDecimal(actual).compareTo(value);
    }

    BigDecimal value() {
        return value;
    }

    boolean isWhole() {
        return whole;
    }

    long longValue() {
        return longValue;
    }

    /** A profile or event number as a BigDecimal; anything else (a Double, a String) is a data error. */
    static BigDecimal toDecimal(Object actual) {
        if (actual instanceof BigDecimal d) {
            return d;
        } else if (actual instanceof Long l) {
            return BigDecimal.valueOf(l);
        } else if (actual instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        throw new ClassCastException("not an exact number");
    }
}
