package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the generated trees used, so that a run can prove it exercised every operator on every type it
 * applies to, every unit, window kind, comparison and aggregate, text option, negation, disabled node,
 * empty group and segment reference — a generator that silently stopped producing one would otherwise
 * go unnoticed.
 */
final class Coverage {
    private final Set<String> seen = new TreeSet<>();

    void record(RandomTrees.Generated generated) {
        walk(generated.tree(), false);
        generated.segments().values().forEach(rule -> walk(rule, false));
    }

    private void walk(Condition condition, boolean filter) {
        if (condition.disabled()) {
            seen.add("disabled node");
        }
        if (condition instanceof Group group) {
            seen.add(group.children().isEmpty() ? "empty group" : "group " + group.combinator());
            if (group.negated()) {
                seen.add("negated group");
            }
            group.children().forEach(child -> walk(child, false));
        } else if (condition instanceof Predicate predicate) {
            Map<String, AttributeType> names = filter ? DiffSchema.PROPERTIES : DiffSchema.ATTRIBUTES;
            seen.add(predicate.operator().key() + " on " + names.get(predicate.attribute()).label());
            if (names.get(predicate.attribute()) == AttributeType.STRING) {
                seen.add("text " + predicate.text());
            }
            if (predicate.operand() instanceof Operand.Relative relative) {
                seen.add(predicate.operator().key() + " in " + relative.unit().label());
            }
            if (filter) {
                seen.add("event filter");
            }
        } else if (condition instanceof EventCondition event) {
            seen.add("window " + event.window().getClass().getSimpleName());
            if (event.window() instanceof TimeWindow.Last last) {
                seen.add("window in " + last.unit().label());
            }
            seen.add("count " + event.count().op().key());
            if (event.count().acceptsZero()) {
                seen.add("count accepting zero");
            }
            event.aggregate().ifPresent(aggregate -> seen.add("aggregate " + aggregate.function().key() + " "
                    + aggregate.comparison().op().key()));
            event.filters().forEach(filter1 -> walk(filter1, true));
        } else if (condition instanceof SegmentRef ref) {
            seen.add(ref.member() ? "segment member" : "segment non-member");
        }
    }

    /** Everything a run must have generated at least once. */
    static Set<String> required() {
        Set<String> required = new TreeSet<>(Set.of("disabled node", "empty group", "group AND", "group OR",
                "negated group", "event filter", "count accepting zero", "segment member", "segment non-member"));
        for (AttributeType type : AttributeType.values()) {
            for (Operator operator : Operator.forType(type)) {
                required.add(operator.key() + " on " + type.label());
            }
        }
        for (Operator operator : Operator.values()) {
            if (operator.operand() == Operand.Kind.RELATIVE && operator != Operator.ANNIVERSARY) {
                for (TimeUnit unit : TimeUnit.values()) {
                    required.add(operator.key() + " in " + unit.label());
                }
            }
        }
        for (TextOptions options : new TextOptions[]{TextOptions.DEFAULT, TextOptions.EXACT, new TextOptions(true, true),
                new TextOptions(false, false)}) {
            required.add("text " + options);
        }
        for (Class<?> window : TimeWindow.class.getPermittedSubclasses()) {
            required.add("window " + window.getSimpleName());
        }
        for (TimeUnit unit : TimeUnit.values()) {
            required.add("window in " + unit.label());
        }
        for (Comparison.Op op : Comparison.Op.values()) {
            required.add("count " + op.key());
            for (EventCondition.Function function : EventCondition.Function.values()) {
                required.add("aggregate " + function.key() + " " + op.key());
            }
        }
        return required;
    }

    Set<String> missing() {
        Set<String> missing = new TreeSet<>(required());
        missing.removeAll(seen);
        return missing;
    }
}
