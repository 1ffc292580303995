package io.segmentstudio.domain.rule;

import static io.segmentstudio.domain.AttributeType.BOOLEAN;
import static io.segmentstudio.domain.AttributeType.DATE;
import static io.segmentstudio.domain.AttributeType.DECIMAL;
import static io.segmentstudio.domain.AttributeType.INTEGER;
import static io.segmentstudio.domain.AttributeType.STRING;
import static io.segmentstudio.domain.AttributeType.STRING_LIST;
import static io.segmentstudio.domain.AttributeType.TIMESTAMP;

import io.segmentstudio.domain.AttributeType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Predicate operators: which attribute types each applies to, which operand it takes, and which
 * positive operator a negative one complements (a negative operator is true exactly where its positive
 * is not, missing values included: see semantics.md).
 */
public enum Operator {
    EQUALS("equals", "=", Operand.Kind.SINGLE, null, STRING, INTEGER, DECIMAL, BOOLEAN, DATE),
    NOT_EQUALS("not_equals", "≠", Operand.Kind.SINGLE, EQUALS, STRING, INTEGER, DECIMAL, BOOLEAN, DATE),
    IN("in", "is one of", Operand.Kind.LIST, null, STRING, INTEGER, DECIMAL, DATE),
    NOT_IN("not_in", "is none of", Operand.Kind.LIST, IN, STRING, INTEGER, DECIMAL, DATE),
    CONTAINS("contains", "contains", Operand.Kind.SINGLE, null, STRING),
    NOT_CONTAINS("not_contains", "does not contain", Operand.Kind.SINGLE, CONTAINS, STRING),
    STARTS_WITH("starts_with", "starts with", Operand.Kind.SINGLE, null, STRING),
    NOT_STARTS_WITH("not_starts_with", "does not start with", Operand.Kind.SINGLE, STARTS_WITH, STRING),
    ENDS_WITH("ends_with", "ends with", Operand.Kind.SINGLE, null, STRING),
    NOT_ENDS_WITH("not_ends_with", "does not end with", Operand.Kind.SINGLE, ENDS_WITH, STRING),
    MATCHES_REGEX("matches_regex", "matches", Operand.Kind.SINGLE, null, STRING),
    LESS_THAN("less_than", "<", Operand.Kind.SINGLE, null, INTEGER, DECIMAL),
    LESS_OR_EQUAL("less_or_equal", "≤", Operand.Kind.SINGLE, null, INTEGER, DECIMAL),
    GREATER_THAN("greater_than", ">", Operand.Kind.SINGLE, null, INTEGER, DECIMAL),
    GREATER_OR_EQUAL("greater_or_equal", "≥", Operand.Kind.SINGLE, null, INTEGER, DECIMAL),
    BETWEEN("between", "is between", Operand.Kind.RANGE, null, INTEGER, DECIMAL, DATE, TIMESTAMP),
    NOT_BETWEEN("not_between", "is not between", Operand.Kind.RANGE, BETWEEN, INTEGER, DECIMAL, DATE, TIMESTAMP),
    IS_NULL("is_null", "is missing", Operand.Kind.NONE, null, AttributeType.values()),
    IS_NOT_NULL("is_not_null", "is present", Operand.Kind.NONE, IS_NULL, AttributeType.values()),
    IS_EMPTY("is_empty", "is empty", Operand.Kind.NONE, null, STRING, STRING_LIST),
    IS_NOT_EMPTY("is_not_empty", "is not empty", Operand.Kind.NONE, IS_EMPTY, STRING, STRING_LIST),
    IS_TRUE("is_true", "is true", Operand.Kind.NONE, null, BOOLEAN),
    IS_FALSE("is_false", "is false", Operand.Kind.NONE, null, BOOLEAN),
    BEFORE("before", "is before", Operand.Kind.SINGLE, null, DATE, TIMESTAMP),
    AFTER("after", "is after", Operand.Kind.SINGLE, null, DATE, TIMESTAMP),
    ON("on", "is on", Operand.Kind.SINGLE, null, DATE, TIMESTAMP),
    IN_LAST("in_last", "is in the last", Operand.Kind.RELATIVE, null, DATE, TIMESTAMP),
    MORE_THAN_AGO("more_than_ago", "is more than … ago", Operand.Kind.RELATIVE, null, DATE, TIMESTAMP),
    IN_NEXT("in_next", "is in the next", Operand.Kind.RELATIVE, null, DATE, TIMESTAMP),
    ANNIVERSARY("anniversary", "has its anniversary in", Operand.Kind.RELATIVE, null, DATE, TIMESTAMP),
    CONTAINS_ANY("contains_any", "contains any of", Operand.Kind.LIST, null, STRING_LIST),
    CONTAINS_ALL("contains_all", "contains all of", Operand.Kind.LIST, null, STRING_LIST),
    CONTAINS_NONE("contains_none", "contains none of", Operand.Kind.LIST, CONTAINS_ANY, STRING_LIST);

    private final String key;
    private final String label;
    private final Operand.Kind operand;
    private final Operator complementOf;
    private final Set<AttributeType> types;

    Operator(String key, String label, Operand.Kind operand, Operator complementOf, AttributeType... types) {
        this.key = key;
        this.label = label;
        this.operand = operand;
        this.complementOf = complementOf;
        this.types = EnumSet.copyOf(Arrays.asList(types));
    }

    /** The name used in rule JSON and on the CLI. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Operand.Kind operand() {
        return operand;
    }

    public boolean appliesTo(AttributeType type) {
        return types.contains(type);
    }

    public Set<AttributeType> types() {
        return EnumSet.copyOf(types);
    }

    /** For a negative operator, the positive one it is the exact complement of. */
    public Optional<Operator> complementOf() {
        return Optional.ofNullable(complementOf);
    }

    public boolean isNegative() {
        return complementOf != null;
    }

    /** Whether this is a date operator whose operand is a calendar day (or a relative period). */
    public boolean isCalendar() {
        return switch (this) {
            case BEFORE, AFTER, ON, IN_LAST, MORE_THAN_AGO, IN_NEXT, ANNIVERSARY -> true;
            default -> false;
        };
    }

    public static Optional<Operator> fromKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(op -> op.key.equals(wanted)).findFirst();
    }

    public static Set<Operator> forType(AttributeType type) {
        EnumSet<Operator> result = EnumSet.noneOf(Operator.class);
        for (Operator op : values()) {
            if (op.appliesTo(type)) {
                result.add(op);
            }
        }
        return result;
    }
}
