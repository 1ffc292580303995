package io.segmentstudio.engine.format.rqb;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operator;
import java.util.List;
import java.util.Optional;

/**
 * The operator table between react-querybuilder's default operators and ours. rqb names one operator
 * for every type; which of ours it means depends on the attribute's type: {@code <} on a number is
 * less_than, on a date or timestamp (whose operands are calendar days) it is before.
 */
final class RqbOperators {
    /** The operator names rqb documents as its defaults, which are the ones this format reads. */
    static final List<String> NAMES = List.of("=", "!=", "<", "<=", ">", ">=", "contains", "beginsWith", "endsWith",
            "doesNotContain", "doesNotBeginWith", "doesNotEndWith", "null", "notNull", "in", "notIn", "between",
            "notBetween");

    /**
     * An rqb operator read as ours; {@code dayShift} moves a calendar-day operand, because "on or before
     * D" has no operator of its own and is exactly "before D + 1" (likewise "on or after D").
     */
    record Reading(Operator operator, int dayShift) {
    }

    private RqbOperators() {
    }

    /** Empty when the name is not an rqb operator or means nothing for this type. */
    static Optional<Reading> read(String name, AttributeType type) {
        boolean calendar = type == AttributeType.DATE || type == AttributeType.TIMESTAMP;
        Operator operator = switch (name) {
            // A timestamp equals a day when it falls on that day: that is our "on".
            case "=" -> type == AttributeType.TIMESTAMP ? Operator.ON : Operator.EQUALS;
            case "!=" -> Operator.NOT_EQUALS;
            case "<" -> calendar ? Operator.BEFORE : Operator.LESS_THAN;
            case ">" -> calendar ? Operator.AFTER : Operator.GREATER_THAN;
            case "<=" -> calendar ? Operator.BEFORE : Operator.LESS_OR_EQUAL;
            case ">=" -> calendar ? Operator.AFTER : Operator.GREATER_OR_EQUAL;
            case "contains" -> Operator.CONTAINS;
            case "beginsWith" -> Operator.STARTS_WITH;
            case "endsWith" -> Operator.ENDS_WITH;
            case "doesNotContain" -> Operator.NOT_CONTAINS;
            case "doesNotBeginWith" -> Operator.NOT_STARTS_WITH;
            case "doesNotEndWith" -> Operator.NOT_ENDS_WITH;
            case "null" -> Operator.IS_NULL;
            case "notNull" -> Operator.IS_NOT_NULL;
            case "in" -> Operator.IN;
            case "notIn" -> Operator.NOT_IN;
            case "between" -> Operator.BETWEEN;
            case "notBetween" -> Operator.NOT_BETWEEN;
            default -> null;
        };
        if (operator == null || !operator.appliesTo(type)) {
            return Optional.empty();
        }
        int shift = calendar && name.equals("<=") ? 1 : calendar && name.equals(">=") ? -1 : 0;
        return Optional.of(new Reading(operator, shift));
    }

    /**
     * The rqb name of one of our operators; empty where rqb has none. Every name reads back as this
     * operator or one that means the same on the attribute's type ("on" a date is "equals" it).
     */
    static Optional<String> write(Operator operator) {
        String name = switch (operator) {
            case EQUALS, ON -> "=";
            // rqb's "=" compares with the value; on a boolean, "is true" is exactly "= true".
            case IS_TRUE, IS_FALSE -> "=";
            case NOT_EQUALS -> "!=";
            case LESS_THAN, BEFORE -> "<";
            case LESS_OR_EQUAL -> "<=";
            case GREATER_THAN, AFTER -> ">";
            case GREATER_OR_EQUAL -> ">=";
            case CONTAINS -> "contains";
            case STARTS_WITH -> "beginsWith";
            case ENDS_WITH -> "endsWith";
            case NOT_CONTAINS -> "doesNotContain";
            case NOT_STARTS_WITH -> "doesNotBeginWith";
            case NOT_ENDS_WITH -> "doesNotEndWith";
            case IS_NULL -> "null";
            case IS_NOT_NULL -> "notNull";
            case IN -> "in";
            case NOT_IN -> "notIn";
            case BETWEEN -> "between";
            case NOT_BETWEEN -> "notBetween";
            default -> null;
        };
        return Optional.ofNullable(name);
    }
}
