package io.segmentstudio.engine;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a rule against the workspace schema and the other segments, and says precisely what is wrong
 * on which node: unknown attributes, operators that do not fit the type, values of the wrong type,
 * empty groups and lists, windows of N ≤ 0, unresolved or cyclic segment references.
 */
public final class RuleValidator {
    private final RuleSchema schema;
    private final SegmentResolver segments;

    public RuleValidator(RuleSchema schema, SegmentResolver segments) {
        this.schema = schema;
        this.segments = segments;
    }

    public List<RuleProblem> validate(Condition rule) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        walk(rule, "rule", problems, ids);
        if (problems.isEmpty()) {
            try {
                new ReferenceExpander(segments).expand(rule);
            } catch (RuleException e) {
                problems.add(new RuleProblem(e.nodeId(), "segment reference", e.getMessage()));
            }
        }
        return problems;
    }

    private void walk(Condition condition, String where, List<RuleProblem> problems, Set<String> ids) {
        if (!ids.add(condition.id())) {
            problems.add(new RuleProblem(condition.id(), where, "node id '" + condition.id() + "' is used twice"));
        }
        if (condition instanceof Group group) {
            if (group.children().isEmpty()) {
                problems.add(new RuleProblem(group.id(), where, "empty group: add a condition or remove the group"));
            }
            for (int i = 0; i < group.children().size(); i++) {
                walk(group.children().get(i), where + " › " + describe(group.children().get(i), i), problems, ids);
            }
        } else if (condition instanceof Predicate predicate) {
            Optional<AttributeType> type = schema.attributeType(predicate.attribute());
            if (type.isEmpty()) {
                problems.add(new RuleProblem(predicate.id(), where, "unknown attribute '" + predicate.attribute() + "'"));
            } else {
                predicate(predicate, type.get(), where, problems);
            }
        } else if (condition instanceof EventCondition event) {
            event(event, where, problems, ids);
        } else if (condition instanceof SegmentRef ref) {
            if (segments.rule(ref.segment()).isEmpty()) {
                problems.add(new RuleProblem(ref.id(), where, "unknown segment '" + ref.segment() + "'"));
            }
        }
    }

    private static String describe(Condition condition, int index) {
        String label = "condition " + (index + 1);
        if (condition instanceof Predicate predicate) {
            return label + " (" + predicate.attribute() + ")";
        } else if (condition instanceof EventCondition event) {
            return label + " (event " + event.eventType() + ")";
        } else if (condition instanceof SegmentRef ref) {
            return label + " (segment " + ref.segment() + ")";
        }
        return label + " (group)";
    }

    private void predicate(Predicate predicate, AttributeType type, String where, List<RuleProblem> problems) {
        Operator operator = predicate.operator();
        String subject = "'" + predicate.attribute() + "' (" + type.label() + ")";
        if (!operator.appliesTo(type)) {
            problems.add(new RuleProblem(predicate.id(), where, "operator '" + operator.key() + "' does not apply to "
                    + subject + "; use one of " + Operator.forType(type).stream().map(Operator::key).toList()));
            return;
        }
        Operand operand = predicate.operand();
        if (operand.kind() != operator.operand()) {
            problems.add(new RuleProblem(predicate.id(), where, "operator '" + operator.key() + "' takes "
                    + operator.operand().name().toLowerCase(java.util.Locale.ROOT) + " operand, not "
                    + operand.kind().name().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        AttributeType valueType = operator.isCalendar() || type == AttributeType.TIMESTAMP ? AttributeType.DATE : type;
        for (Value value : values(operand)) {
            typeError(value, valueType).ifPresent(error -> problems.add(new RuleProblem(predicate.id(), where,
                    "value " + quote(value) + " for " + subject + " " + error)));
        }
        if (operand instanceof Operand.ValueList list && list.values().isEmpty()) {
            problems.add(new RuleProblem(predicate.id(), where, "operator '" + operator.key() + "' needs at least one value"));
        }
        if (operand instanceof Operand.Range range && inverted(range)) {
            problems.add(new RuleProblem(predicate.id(), where, "the lower bound " + quote(range.low())
                    + " is above the upper bound " + quote(range.high())));
        }
        if (operand instanceof Operand.Relative relative) {
            relative(predicate, relative, where, problems);
        }
        if (operator == Operator.MATCHES_REGEX && operand instanceof Operand.Single single
                && single.value() instanceof Value.Text text) {
            regex(predicate.id(), text.value(), where, problems);
        }
    }

    private static void relative(Predicate predicate, Operand.Relative relative, String where, List<RuleProblem> problems) {
        if (predicate.operator() == Operator.ANNIVERSARY) {
            if (relative.unit() != TimeUnit.DAYS || relative.amount() < 0 || relative.amount() > 366) {
                problems.add(new RuleProblem(predicate.id(), where,
                        "anniversary takes 0 to 366 days ahead (0 = on the as-of day)"));
            }
        } else if (relative.amount() <= 0) {
            problems.add(new RuleProblem(predicate.id(), where, "the period must be at least 1 "
                    + relative.unit().label() + ", found " + relative.amount()));
        }
    }

    private static void regex(String id, String pattern, String where, List<RuleProblem> problems) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            problems.add(new RuleProblem(id, where, "invalid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex()));
            return;
        }
        RegexSubset.problem(pattern).ifPresent(problem -> problems.add(new RuleProblem(id, where,
                "the regular expression uses a construct not every database reads alike: " + problem
                        + "; use literals, ., [classes], \\d, ^ $, groups, | and * + ? {m,n}")));
    }

    private void event(EventCondition event, String where, List<RuleProblem> problems, Set<String> ids) {
        if (event.eventType().isBlank()) {
            problems.add(new RuleProblem(event.id(), where, "choose an event type"));
        }
        for (int i = 0; i < event.filters().size(); i++) {
            Predicate filter = event.filters().get(i);
            String filterWhere = where + " › filter " + (i + 1) + " (" + filter.attribute() + ")";
            if (!ids.add(filter.id())) {
                problems.add(new RuleProblem(filter.id(), filterWhere, "node id '" + filter.id() + "' is used twice"));
            }
            Optional<AttributeType> type = schema.eventPropertyType(filter.attribute());
            if (type.isEmpty()) {
                problems.add(new RuleProblem(filter.id(), filterWhere, "unknown event property '" + filter.attribute() + "'"));
            } else {
                predicate(filter, type.get(), filterWhere, problems);
            }
        }
        TimeWindow window = event.window();
        if (window instanceof TimeWindow.Last last && last.amount() <= 0) {
            problems.add(new RuleProblem(event.id(), where, "the window must be at least 1 " + last.unit().label()
                    + ", found " + last.amount()));
        }
        if (window instanceof TimeWindow.Between between && between.from().isAfter(between.to())) {
            problems.add(new RuleProblem(event.id(), where, "the window starts (" + between.from()
                    + ") after it ends (" + between.to() + ")"));
        }
        count(event.id(), event.count(), where, problems);
        event.aggregate().ifPresent(aggregate -> {
            Optional<AttributeType> type = schema.eventPropertyType(aggregate.property());
            if (type.isEmpty()) {
                problems.add(new RuleProblem(event.id(), where, "unknown event property '" + aggregate.property()
                        + "' in the " + aggregate.function().key()));
            } else if (type.get() != AttributeType.INTEGER && type.get() != AttributeType.DECIMAL) {
                problems.add(new RuleProblem(event.id(), where, aggregate.function().key() + " needs a number property;"
                        + " '" + aggregate.property() + "' is " + type.get().label()));
            }
            comparisonBounds(event.id(), aggregate.comparison(), where, problems);
        });
    }

    private static void count(String id, Comparison count, String where, List<RuleProblem> problems) {
        boolean whole = isWhole(count.value()) && (count.upper() == null || isWhole(count.upper()));
        if (!whole || count.value().signum() < 0) {
            problems.add(new RuleProblem(id, where, "an event count must be a whole number of at least 0"));
        }
        comparisonBounds(id, count, where, problems);
    }

    private static void comparisonBounds(String id, Comparison comparison, String where, List<RuleProblem> problems) {
        if (comparison.upper() != null && comparison.value().compareTo(comparison.upper()) > 0) {
            problems.add(new RuleProblem(id, where, "the lower bound " + comparison.value().toPlainString()
                    + " is above the upper bound " + comparison.upper().toPlainString()));
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static List<Value> values(Operand operand) {
        if (operand instanceof Operand.Single single) {
            return List.of(single.value());
        } else if (operand instanceof Operand.Range range) {
            return List.of(range.low(), range.high());
        } else if (operand instanceof Operand.ValueList list) {
            return list.values();
        }
        return List.of();
    }

    /** Why a value does not fit the type, if it does not. */
    private static Optional<String> typeError(Value value, AttributeType type) {
        boolean fits = switch (type) {
            case STRING, STRING_LIST -> value instanceof Value.Text;
            case INTEGER -> value instanceof Value.Int;
            case DECIMAL -> value instanceof Value.Dec || value instanceof Value.Int;
            case BOOLEAN -> value instanceof Value.Bool;
            case DATE -> value instanceof Value.Day;
            case TIMESTAMP -> value instanceof Value.Moment;
        };
        if (fits) {
            return Optional.empty();
        }
        return Optional.of(switch (type) {
            case INTEGER -> value instanceof Value.Dec ? "must be a whole number" : "is not an integer";
            case DECIMAL -> "is not a number";
            case BOOLEAN -> "is not true or false";
            case DATE -> "is not a date (yyyy-mm-dd)";
            default -> "is not a " + type.label();
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean inverted(Operand.Range range) {
        Object low = range.low().raw();
        Object high = range.high().raw();
        if (low instanceof Number && high instanceof Number) {
            return new BigDecimal(low.toString()).compareTo(new BigDecimal(high.toString())) > 0;
        }
        return low.getClass() == high.getClass() && low instanceof Comparable c && c.compareTo(high) > 0;
    }

    private static String quote(Value value) {
        return value instanceof Value.Text text ? "'" + text.value() + "'" : String.valueOf(value.raw());
    }
}
