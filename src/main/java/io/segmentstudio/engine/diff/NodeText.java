package io.segmentstudio.engine.diff;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.engine.eval.Display;
import java.time.ZoneOffset;

/** Short text of a node and of its fields, for diff lists and tooltips ("aov > 200", "purchase events"). */
public final class NodeText {
    /** Rules name instants without a zone; UTC shows them as written. */
    private static final Display DISPLAY = new Display(ZoneOffset.UTC);

    private NodeText() {
    }

    /** One line for a node, without its children. */
    public static String describe(Condition condition) {
        String text;
        if (condition instanceof Group group) {
            text = (group.negated() ? "not " : "") + (group.combinator() == Combinator.AND ? "all of" : "any of");
        } else if (condition instanceof Predicate predicate) {
            String operand = DISPLAY.operand(predicate.operand());
            text = predicate.attribute() + " " + predicate.operator().label() + (operand.isEmpty() ? "" : " " + operand);
        } else if (condition instanceof EventCondition event) {
            text = event.eventType() + " events " + DISPLAY.comparison(event.count()) + " "
                    + DISPLAY.window(event.window()) + event.aggregate().map(a -> ", " + aggregate(a)).orElse("");
        } else {
            SegmentRef ref = (SegmentRef) condition;
            text = (ref.member() ? "member of '" : "not member of '") + ref.segment() + "'";
        }
        return condition.disabled() ? text + " (disabled)" : text;
    }

    /** The kind of node: group, predicate, event or segment (as in the rule JSON). */
    public static String kind(Condition condition) {
        if (condition instanceof Group) {
            return "group";
        } else if (condition instanceof Predicate) {
            return "predicate";
        } else if (condition instanceof EventCondition) {
            return "event";
        }
        return "segment";
    }

    /** The text of one field of a node, as a diff shows it before and after. */
    public static String field(Condition node, ChangedField field) {
        return switch (field) {
            case KIND -> kind(node);
            case DISABLED -> node.disabled() ? "disabled" : "enabled";
            case PARENT, POSITION -> throw new IllegalArgumentException(field + " is a place, not a field of the node");
            default -> ownField(node, field);
        };
    }

    private static String ownField(Condition node, ChangedField field) {
        if (node instanceof Group group) {
            return field == ChangedField.COMBINATOR ? group.combinator().label() : group.negated() ? "not" : "-";
        } else if (node instanceof Predicate predicate) {
            return switch (field) {
                case ATTRIBUTE -> predicate.attribute();
                case OPERATOR -> predicate.operator().key();
                case VALUE -> DISPLAY.operand(predicate.operand());
                default -> (predicate.text().caseSensitive() ? "case-sensitive" : "ignoring case")
                        + (predicate.text().trim() ? ", trimmed" : ", not trimmed");
            };
        } else if (node instanceof EventCondition event) {
            return switch (field) {
                case EVENT_TYPE -> event.eventType();
                case WINDOW -> DISPLAY.window(event.window());
                case COUNT -> DISPLAY.comparison(event.count());
                default -> event.aggregate().map(NodeText::aggregate).orElse("none");
            };
        }
        SegmentRef ref = (SegmentRef) node;
        return field == ChangedField.SEGMENT ? ref.segment() : ref.member() ? "member" : "not member";
    }

    private static String aggregate(EventCondition.Aggregate aggregate) {
        return aggregate.function().key() + " of " + aggregate.property() + " "
                + DISPLAY.comparison(aggregate.comparison());
    }
}
