package io.segmentstudio.domain.rule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A typed literal in a condition. Money and other decimals are BigDecimal, never double. */
public sealed interface Value {
    /** The plain Java value (String, Long, BigDecimal, Boolean, LocalDate, Instant). */
    Object raw();

    record Text(String value) implements Value {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    record Int(long value) implements Value {
        @Override
        public Object raw() {
            return value;
        }
    }

    record Dec(BigDecimal value) implements Value {
        public Dec {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }

        /** Decimals are equal by numeric value: 2.50 equals 2.5. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Dec dec && dec.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public Object raw() {
            return value;
        }
    }

    record Day(LocalDate value) implements Value {
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    record Moment(Instant value) implements Value {
        public Moment {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    static Value of(Object raw) {
        if (raw instanceof String s) {
            return new Text(s);
        } else if (raw instanceof Long l) {
            return new Int(l);
        } else if (raw instanceof Integer i) {
            return new Int(i);
        } else if (raw instanceof BigDecimal d) {
            return new Dec(d);
        } else if (raw instanceof Boolean b) {
            return new Bool(b);
        } else if (raw instanceof LocalDate d) {
            return new Day(d);
        } else if (raw instanceof Instant i) {
            return new Moment(i);
        }
        throw new IllegalArgumentException("Not a condition value: " + raw);
    }
}
