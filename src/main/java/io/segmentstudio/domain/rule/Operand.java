package io.segmentstudio.domain.rule;

import java.util.List;
import java.util.Objects;

/** What a predicate compares its attribute with; the operator decides which kind it takes. */
public sealed interface Operand {
    /** The operand shapes operators take. */
    enum Kind { NONE, SINGLE, RANGE, LIST, RELATIVE }

    Kind kind();

    /** Operators such as "is missing" that take nothing. */
    record None() implements Operand {
        @Override
        public Kind kind() {
            return Kind.NONE;
        }
    }

    record Single(Value value) implements Operand {
        public Single {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Kind kind() {
            return Kind.SINGLE;
        }
    }

    /** Both bounds inclusive. */
    record Range(Value low, Value high) implements Operand {
        public Range {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        @Override
        public Kind kind() {
            return Kind.RANGE;
        }
    }

    record ValueList(List<Value> values) implements Operand {
        public ValueList {
            values = List.copyOf(values);
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }
    }

    /** "30 days", "2 weeks", "3 months": counted back or forward from the as-of day. */
    record Relative(long amount, TimeUnit unit) implements Operand {
        public Relative {
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public Kind kind() {
            return Kind.RELATIVE;
        }
    }

    Operand NONE = new None();
}
