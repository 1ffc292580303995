package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.RuleException;
import java.math.BigDecimal;

/**
 * Turns a condition value into the JDBC parameter for a column of the given type: Long for integers,
 * BigDecimal for decimals (money never passes through a double), String, Boolean, LocalDate.
 */
final class SqlValues {
    private SqlValues() {
    }

    static Object parameter(Value value, AttributeType type, String nodeId) {
        Object parameter = switch (type) {
            case STRING, STRING_LIST -> value instanceof Value.Text text ? text.value() : null;
            // Semantics.md: a value for an integer attribute must be a whole number.
            case INTEGER -> value instanceof Value.Int number ? (Object) number.value() : null;
            case DECIMAL -> decimal(value);
            case BOOLEAN -> value instanceof Value.Bool flag ? (Object) flag.value() : null;
            case DATE -> value instanceof Value.Day day ? day.value() : null;
            // Timestamp operators take calendar days, which CalendarRanges turns into instants.
            case TIMESTAMP -> null;
        };
        if (parameter == null) {
            throw new RuleException(nodeId, "value " + value.raw() + " does not fit a " + type.label() + " attribute");
        }
        return parameter;
    }

    private static BigDecimal decimal(Value value) {
        if (value instanceof Value.Dec dec) {
            return dec.value();
        } else if (value instanceof Value.Int number) {
            return BigDecimal.valueOf(number.value());
        }
        return null;
    }
}
