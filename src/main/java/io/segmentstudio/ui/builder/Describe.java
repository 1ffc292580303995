package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.Value;
import java.util.stream.Collectors;

/** Short names of nodes for the history list and menus: “age > 30”, group, event “purchase”. */
final class Describe {
    private Describe() {
    }

    static String node(Condition node) {
        if (node instanceof Predicate predicate) {
            return "“" + predicate(predicate) + "”";
        } else if (node instanceof Group group) {
            return group.combinator() == io.segmentstudio.domain.rule.Combinator.AND ? "group (all of)" : "group (any of)";
        } else if (node instanceof EventCondition event) {
            return "event “" + event.eventType() + "”";
        }
        return "segment “" + ((SegmentRef) node).segment() + "”";
    }

    static String predicate(Predicate predicate) {
        String operand = operand(predicate.operand());
        return predicate.attribute() + " " + predicate.operator().label() + (operand.isEmpty() ? "" : " " + operand);
    }

    static String operand(Operand operand) {
        if (operand instanceof Operand.Single single) {
            return value(single.value());
        } else if (operand instanceof Operand.Range range) {
            return value(range.low()) + " and " + value(range.high());
        } else if (operand instanceof Operand.ValueList list) {
            return list.values().stream().map(Describe::value).collect(Collectors.joining(", "));
        } else if (operand instanceof Operand.Relative relative) {
            return relative.amount() + " " + relative.unit().name().toLowerCase(java.util.Locale.ROOT);
        }
        return "";
    }

    private static String value(Value value) {
        return value instanceof Value.Text text ? "'" + text.value() + "'" : String.valueOf(value.raw());
    }
}
