package io.segmentstudio.domain.rule;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A numeric comparison of an event count or aggregate, e.g. "at least 3" or "between 2 and 5"
 * (bounds inclusive).
 *
 * @param upper only for {@link Op#BETWEEN}
 */
public record Comparison(Op op, BigDecimal value, BigDecimal upper) {
    /** Comparison operators; at_least/at_most read better for counts, ≥/≤ for amounts. */
    public enum Op {
        EQUALS("exactly"), GREATER_THAN("more_than"), AT_LEAST("at_least"), LESS_THAN("less_than"),
        AT_MOST("at_most"), BETWEEN("between");

        private final String key;

        Op(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Op> fromKey(String key) {
            String wanted = key.trim().toLowerCase(Locale.ROOT);
            for (Op op : values()) {
                if (op.key.equals(wanted)) {
                    return Optional.of(op);
                }
            }
            return Optional.empty();
        }
    }

    public Comparison {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
        if (op == Op.BETWEEN) {
            Objects.requireNonNull(upper, "upper bound of between");
        } else {
            upper = null;
        }
    }

    public static Comparison atLeast(long n) {
        return new Comparison(Op.AT_LEAST, BigDecimal.valueOf(n), null);
    }

    public boolean test(BigDecimal actual) {
        int c = actual.compareTo(value);
        return switch (op) {
            case EQUALS -> c == 0;
            case GREATER_THAN -> c > 0;
            case AT_LEAST -> c >= 0;
            case LESS_THAN -> c < 0;
            case AT_MOST -> c <= 0;
            case BETWEEN -> c >= 0 && actual.compareTo(upper) <= 0;
        };
    }

    /** Whether zero satisfies it: then profiles without any matching event qualify too. */
    public boolean acceptsZero() {
        return test(BigDecimal.ZERO);
    }
}
