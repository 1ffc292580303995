package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.CalendarRanges;
import io.segmentstudio.engine.RuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Walks an expanded condition tree once and builds its compiled nodes for one schema and as-of instant. */
final class TreeCompiler {
    private final RuleSchema schema;
    private final CalendarRanges ranges;
    private final Display display;
    private final ValueMatchers matchers;

    TreeCompiler(RuleSchema schema, AsOf asOf) {
        this.schema = schema;
        this.ranges = new CalendarRanges(asOf);
        this.display = new Display(asOf.zone());
        this.matchers = new ValueMatchers(ranges, display);
    }

    Node compileRoot(Condition root) {
        return compile(root).orElseGet(() -> new EveryoneNode(root.id()));
    }

    /** Empty for a group without any condition left in it: its parent ignores it (semantics.md). */
    private Optional<Node> compile(Condition condition) {
        requireEnabled(condition);
        if (condition instanceof Group group) {
            List<Node> children = new ArrayList<>();
            group.children().forEach(child -> compile(child).ifPresent(children::add));
            return children.isEmpty() ? Optional.empty()
                    : Optional.of(new GroupNode(group.id(), group.combinator(), group.negated(), children));
        } else if (condition instanceof Predicate predicate) {
            return Optional.of(predicate(predicate, schema.attributeType(predicate.attribute()), "attribute"));
        } else if (condition instanceof EventCondition event) {
            return Optional.of(event(event));
        } else if (condition instanceof SegmentRef ref) {
            throw new RuleException(ref.id(), "reference to segment '" + ref.segment()
                    + "' was not expanded: pass the rule through ReferenceExpander first");
        }
        throw new RuleException(condition.id(), "unknown kind of condition: " + condition.getClass().getSimpleName());
    }

    /** The expander drops disabled nodes; meeting one means the caller skipped it. */
    private static void requireEnabled(Condition condition) {
        if (condition.disabled()) {
            throw new RuleException(condition.id(), "disabled condition reached the evaluator: pass the rule through"
                    + " ReferenceExpander first, which drops disabled nodes");
        }
    }

    private PredicateNode predicate(Predicate predicate, Optional<AttributeType> knownType, String kind) {
        AttributeType type = knownType.orElseThrow(() -> new RuleException(predicate.id(), "unknown " + kind + " '"
                + predicate.attribute() + "'"));
        try {
            ValueMatcher matcher = matchers.create(type, predicate.operator(), predicate.operand(), predicate.text());
            return new PredicateNode(predicate.id(), predicate.attribute(), type, matcher, describe(predicate), display);
        } catch (IllegalArgumentException e) {
            throw new RuleException(predicate.id(), predicate.attribute() + ": " + e.getMessage());
        } catch (RuleException e) {
            // CalendarRanges does not know the node; name it here.
            if (!e.nodeId().isEmpty()) {
                throw e;
            }
            throw new RuleException(predicate.id(), predicate.attribute() + ": " + e.getMessage());
        }
    }

    private EventNode event(EventCondition event) {
        List<PredicateNode> filters = new ArrayList<>();
        for (Predicate filter : event.filters()) {
            requireEnabled(filter);
            filters.add(predicate(filter, schema.eventPropertyType(filter.attribute()), "event property"));
        }
        EventAggregate aggregate = event.aggregate().map(a -> aggregate(event.id(), a)).orElse(null);
        String description = event.eventType() + " events"
                + (filters.isEmpty() ? "" : " where " + filters.stream().map(PredicateNode::description)
                        .collect(Collectors.joining(" and ")))
                + ", " + display.window(event.window());
        return new EventNode(event.id(), description, event.eventType(), filters, ranges.forWindow(event.window()),
                event.count(), aggregate, display);
    }

    private EventAggregate aggregate(String id, EventCondition.Aggregate aggregate) {
        AttributeType type = schema.eventPropertyType(aggregate.property()).orElseThrow(() -> new RuleException(id,
                "unknown event property '" + aggregate.property() + "'"));
        if (type != AttributeType.INTEGER && type != AttributeType.DECIMAL) {
            throw new RuleException(id, aggregate.function().key() + " needs a numeric property; '"
                    + aggregate.property() + "' is " + type.label());
        }
        return new EventAggregate(aggregate);
    }

    private String describe(Predicate predicate) {
        String operand = predicate.operand() instanceof Operand.None ? "" : " " + display.operand(predicate.operand());
        return predicate.attribute() + " " + predicate.operator().label() + operand;
    }
}
