package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps one JsonLogic operation to a condition, dispatching on its operator. */
final class ConditionReader {
    /** Operators JsonLogic has and segments cannot express, with why, for the error message. */
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%", "min", "max");
    private static final Set<String> VALUES = Set.of("if", "?:", "??", "cat", "substr", "merge", "map", "filter",
            "reduce", "all", "none", "log", "val", "exists", "method", "try", "throw");

    private final ReadContext context;
    private final ComparisonReader comparisons;
    private final MembershipReader memberships;
    private final PresenceReader presence;

    ConditionReader(ReadContext context) {
        this.context = context;
        this.comparisons = new ComparisonReader(context);
        this.memberships = new MembershipReader(context);
        this.presence = new PresenceReader(context);
    }

    Condition condition(JsonNode node, String path) {
        String op = Shapes.operator(node).orElseThrow(() -> new RuleFormatException(path,
                "expected a condition (an object with one JsonLogic operator), found " + node));
        String opPath = JsonPath.key(path, op);
        List<JsonNode> args = Shapes.args(node);
        return switch (op) {
            case "and", "or" -> group(op, args, opPath, node.get(op).isArray());
            case "!" -> Negation.of(operand(args, opPath, node.get(op).isArray()), context);
            case "!!" -> operand(args, opPath, node.get(op).isArray());
            case "var" -> presence.truthy(node, path);
            case "==", "===", "!=", "!==" -> comparisons.equality(op, args, opPath);
            case "<", "<=", ">", ">=" -> comparisons.ordering(op, args, opPath, false);
            case "in" -> memberships.in(args, opPath);
            case "some" -> memberships.some(args, opPath);
            case "missing" -> presence.missing(args, opPath);
            case "missing_some" -> presence.missingSome(args, opPath);
            default -> throw new RuleFormatException(opPath, refusal(op));
        };
    }

    /** The single argument of ! and !!, read as a condition (a var by its truthiness). */
    private Condition operand(List<JsonNode> args, String opPath, boolean array) {
        if (args.size() != 1) {
            throw new RuleFormatException(opPath, "expected one argument, found " + args.size());
        }
        String argPath = array ? JsonPath.index(opPath, 0) : opPath;
        JsonNode arg = args.get(0);
        return Shapes.isVar(arg) ? presence.truthy(arg, argPath) : condition(arg, argPath);
    }

    private Condition group(String op, List<JsonNode> args, String opPath, boolean array) {
        if (!array) {
            throw new RuleFormatException(opPath, op + " expects an array of conditions");
        }
        if (op.equals("and")) {
            Optional<Condition> special = andShape(args, opPath);
            if (special.isPresent()) {
                return special.get();
            }
        }
        String id = context.nextId();
        List<Condition> children = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            JsonNode child = args.get(i);
            String childPath = JsonPath.index(opPath, i);
            children.add(Shapes.isVar(child) ? presence.truthy(child, childPath) : condition(child, childPath));
        }
        return new Group(id, op.equals("and") ? Combinator.AND : Combinator.OR, false, false, children);
    }

    /** The two {@code and} shapes that are one predicate: a null-guarded ordering, and contains_all. */
    private Optional<Condition> andShape(List<JsonNode> args, String opPath) {
        if (args.size() == 2) {
            Optional<String> guarded = Shapes.nullGuard(args.get(0));
            // Only numbers need the guard (a missing date is never ordered), so only they are read as one.
            if (guarded.isPresent() && guarded.equals(Shapes.orderedAttribute(args.get(1)))
                    && isNumeric(context.named(guarded.get(), JsonPath.key(JsonPath.index(opPath, 0), "var")))) {
                JsonNode ordering = args.get(1);
                String op = Shapes.operator(ordering).orElseThrow();
                return Optional.of(comparisons.ordering(op, Shapes.args(ordering),
                        JsonPath.key(JsonPath.index(opPath, 1), op), true));
            }
        }
        if (!args.isEmpty() && memberships.containsAllAttribute(args).isPresent()) {
            return Optional.ofNullable(memberships.containsAll(args, opPath));
        }
        return Optional.empty();
    }

    private static boolean isNumeric(ReadContext.Attr attr) {
        return attr.type() == io.segmentstudio.domain.AttributeType.INTEGER
                || attr.type() == io.segmentstudio.domain.AttributeType.DECIMAL;
    }

    private static String refusal(String op) {
        if (ARITHMETIC.contains(op)) {
            return "arithmetic (" + op + ") cannot be mapped to a segment condition: segments compare attributes"
                    + " with values";
        } else if (VALUES.contains(op)) {
            return "'" + op + "' computes a value and cannot be mapped to a segment condition";
        }
        return "unknown JsonLogic operator '" + op + "'";
    }
}
