package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Value;

/** Positive operators on boolean flags. is_true and is_false are both false on a missing flag. */
final class BooleanMatchers {
    ValueMatcher create(Operator positive, Operand operand) {
        return switch (positive) {
            case EQUALS -> flag(bool(((Operand.Single) operand).value()));
            case IS_TRUE -> flag(true);
            case IS_FALSE -> flag(false);
            default -> throw new IllegalArgumentException("operator '" + positive.key() + "' does not apply to booleans");
        };
    }

    private static ValueMatcher flag(boolean wanted) {
        return ValueMatcher.present(String.valueOf(wanted), value -> (Boolean) value == wanted);
    }

    private static boolean bool(Value value) {
        if (value instanceof Value.Bool bool) {
            return bool.value();
        }
        throw new IllegalArgumentException("expected true or false, found " + value.raw());
    }
}
