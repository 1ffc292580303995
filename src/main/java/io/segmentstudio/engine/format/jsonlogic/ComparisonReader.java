package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.RuleFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads {@code == != === !== < <= > >=} (with the three-argument between form of {@code <} and
 * {@code <=}) on one attribute and one literal. Where JavaScript answers differently from segment
 * semantics on a missing value ({@code null < 1} is true: null counts as 0) the import warns and keeps
 * the segment meaning (false), unless the comparison is guarded by {@code != null}.
 */
final class ComparisonReader {
    private final ReadContext context;
    private final LiteralReader literals;

    ComparisonReader(ReadContext context) {
        this.context = context;
        this.literals = new LiteralReader(context);
    }

    Condition equality(String op, List<JsonNode> args, String path) {
        if (args.size() != 2) {
            throw new RuleFormatException(path, op + " takes two arguments, found " + args.size());
        }
        int varAt = Shapes.isVar(args.get(0)) ? 0 : 1;
        JsonNode var = args.get(varAt);
        JsonNode literal = args.get(1 - varAt);
        String literalPath = JsonPath.index(path, 1 - varAt);
        if (!Shapes.isVar(var) || JsonLogicEvaluator.isLogic(literal) || literal.isContainerNode()) {
            throw new RuleFormatException(path, op + " is mapped when it compares one attribute {\"var\":…} with a value");
        }
        ReadContext.Attr attr = context.attribute(var, JsonPath.index(path, varAt));
        boolean negative = op.startsWith("!");
        boolean strict = op.length() == 3;
        if (literal.isNull()) {
            return context.predicate(attr, negative ? Operator.IS_NOT_NULL : Operator.IS_NULL);
        }
        if (attr.type() == AttributeType.TIMESTAMP || attr.type() == AttributeType.STRING_LIST) {
            throw new RuleFormatException(path, "'" + attr.name() + "' is " + attr.type().label() + ": " + op
                    + " on it has no segment equivalent");
        }
        if (attr.type() == AttributeType.BOOLEAN && strict) {
            Value flag = literals.value(literal, attr, literalPath, true);
            Condition is = context.predicate(attr, ((Value.Bool) flag).value() ? Operator.IS_TRUE : Operator.IS_FALSE);
            return negative ? Negation.of(is, context) : is;
        }
        Value value = literals.value(literal, attr, literalPath, strict);
        return context.predicate(attr, negative ? Operator.NOT_EQUALS : Operator.EQUALS, new Operand.Single(value));
    }

    /**
     * @param guarded whether a {@code != null} guard around it already makes a missing value false
     */
    Condition ordering(String op, List<JsonNode> args, String path, boolean guarded) {
        if (args.size() == 3) {
            return between(op, args, path, guarded);
        }
        if (args.size() != 2) {
            throw new RuleFormatException(path, op + " takes two arguments (three for between), found " + args.size());
        }
        int varAt = Shapes.isVar(args.get(0)) ? 0 : 1;
        JsonNode literal = args.get(1 - varAt);
        if (!Shapes.isVar(args.get(varAt)) || JsonLogicEvaluator.isLogic(literal) || literal.isContainerNode()) {
            throw new RuleFormatException(path, op + " is mapped when it compares one attribute {\"var\":…} with a value");
        }
        ReadContext.Attr attr = context.attribute(args.get(varAt), JsonPath.index(path, varAt));
        // With the attribute on the right, "5 < x" is "x > 5".
        String relation = varAt == 0 ? op : flip(op);
        String literalPath = JsonPath.index(path, 1 - varAt);
        if (attr.type() == AttributeType.DATE) {
            return dateOrdering(attr, relation, literals.day(literal, attr, literalPath));
        }
        requireNumeric(attr, op, path);
        Value value = literals.value(literal, attr, literalPath, false);
        Operator operator = switch (relation) {
            case "<" -> Operator.LESS_THAN;
            case "<=" -> Operator.LESS_OR_EQUAL;
            case ">" -> Operator.GREATER_THAN;
            default -> Operator.GREATER_OR_EQUAL;
        };
        if (!guarded && zeroSatisfies(relation, number(value))) {
            context.warn(path, "JsonLogic compares a missing '" + attr.name() + "' as 0, so this is true for profiles"
                    + " without a value; segment semantics make it false for them");
        }
        return context.predicate(attr, operator, new Operand.Single(value));
    }

    /** {@code {"<=":[lo, x, hi]}} is BETWEEN (both bounds included); {@code <} excludes both bounds. */
    private Condition between(String op, List<JsonNode> args, String path, boolean guarded) {
        if (!op.equals("<") && !op.equals("<=")) {
            throw new RuleFormatException(path, op + " takes two arguments (json-logic-js ignores a third)");
        }
        if (!Shapes.isVar(args.get(1)) || args.get(0).isContainerNode() || args.get(2).isContainerNode()) {
            throw new RuleFormatException(path, "the between form is mapped as [low, {\"var\":…}, high]");
        }
        ReadContext.Attr attr = context.attribute(args.get(1), JsonPath.index(path, 1));
        boolean inclusive = op.equals("<=");
        if (attr.type() == AttributeType.DATE) {
            LocalDate low = literals.day(args.get(0), attr, JsonPath.index(path, 0));
            LocalDate high = literals.day(args.get(2), attr, JsonPath.index(path, 2));
            // Calendar days are discrete: excluding a day is including from the next one.
            return range(attr, new Value.Day(inclusive ? low : low.plusDays(1)),
                    new Value.Day(inclusive ? high : high.minusDays(1)));
        }
        requireNumeric(attr, op, path);
        Value low = literals.value(args.get(0), attr, JsonPath.index(path, 0), false);
        Value high = literals.value(args.get(2), attr, JsonPath.index(path, 2), false);
        BigDecimal lo = number(low);
        BigDecimal hi = number(high);
        boolean zeroInside = inclusive ? lo.signum() <= 0 && hi.signum() >= 0 : lo.signum() < 0 && hi.signum() > 0;
        if (!guarded && zeroInside) {
            context.warn(path, "JsonLogic compares a missing '" + attr.name() + "' as 0, which is inside this range;"
                    + " segment semantics make it false for profiles without a value");
        }
        if (inclusive) {
            return range(attr, low, high);
        }
        if (attr.type() == AttributeType.INTEGER) {
            return range(attr, new Value.Int(((Value.Int) low).value() + 1), new Value.Int(((Value.Int) high).value() - 1));
        }
        // BETWEEN includes its bounds; exclusive decimal bounds need two comparisons.
        String id = context.nextId();
        return Group.and(id, List.of(context.predicate(attr, Operator.GREATER_THAN, new Operand.Single(low)),
                context.predicate(attr, Operator.LESS_THAN, new Operand.Single(high))));
    }

    private Condition range(ReadContext.Attr attr, Value low, Value high) {
        return context.predicate(attr, Operator.BETWEEN, new Operand.Range(low, high));
    }

    /** Dates compare as ISO text in JsonLogic, which orders like the calendar; a missing date is never ordered. */
    private Condition dateOrdering(ReadContext.Attr attr, String relation, LocalDate day) {
        return switch (relation) {
            case "<" -> context.predicate(attr, Operator.BEFORE, new Operand.Single(new Value.Day(day)));
            case "<=" -> context.predicate(attr, Operator.BEFORE, new Operand.Single(new Value.Day(day.plusDays(1))));
            case ">" -> context.predicate(attr, Operator.AFTER, new Operand.Single(new Value.Day(day)));
            default -> context.predicate(attr, Operator.AFTER, new Operand.Single(new Value.Day(day.minusDays(1))));
        };
    }

    private static void requireNumeric(ReadContext.Attr attr, String op, String path) {
        if (attr.type() != AttributeType.INTEGER && attr.type() != AttributeType.DECIMAL) {
            String why = attr.type() == AttributeType.STRING ? "strings cannot be ordered in segments (their order"
                    + " depends on the database's collation)" : "it is " + attr.type().label();
            throw new RuleFormatException(path, op + " on '" + attr.name() + "' has no segment equivalent: " + why);
        }
    }

    private static boolean zeroSatisfies(String relation, BigDecimal value) {
        int zero = BigDecimal.ZERO.compareTo(value);
        return switch (relation) {
            case "<" -> zero < 0;
            case "<=" -> zero <= 0;
            case ">" -> zero > 0;
            default -> zero >= 0;
        };
    }

    static BigDecimal number(Value value) {
        return value instanceof Value.Int i ? BigDecimal.valueOf(i.value()) : ((Value.Dec) value).value();
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            default -> "<=";
        };
    }
}
