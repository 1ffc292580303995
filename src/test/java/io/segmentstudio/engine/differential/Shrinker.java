package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Greedy shrinking of an expanded rule that makes backends disagree on one profile: tries smaller
 * rules (a group replaced by one child, a child or filter removed, an aggregate or window dropped, a list
 * shortened) and keeps the first one that still disagrees, until none does or the budget is spent.
 */
final class Shrinker {
    interface Symptom {
        boolean persists(Condition rule);
    }

    private Shrinker() {
    }

    static Condition shrink(Condition rule, Symptom symptom, int budget) {
        Condition current = rule;
        int tries = 0;
        boolean progress = true;
        while (progress && tries < budget) {
            progress = false;
            for (Condition candidate : candidates(current)) {
                if (++tries > budget) {
                    break;
                }
                if (symptom.persists(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /** Smaller variants of the rule, most aggressive first. */
    static List<Condition> candidates(Condition condition) {
        List<Condition> smaller = new ArrayList<>();
        if (condition instanceof Group group) {
            List<Condition> children = group.children();
            for (Condition child : children) {
                smaller.add(group.negated() ? new Group(group.id(), group.combinator(), true, false, List.of(child)) : child);
            }
            if (children.size() > 1) {
                for (int i = 0; i < children.size(); i++) {
                    List<Condition> rest = new ArrayList<>(children);
                    rest.remove(i);
                    smaller.add(group.withChildren(rest));
                }
            }
            for (int i = 0; i < children.size(); i++) {
                for (Condition replacement : candidates(children.get(i))) {
                    List<Condition> changed = new ArrayList<>(children);
                    changed.set(i, replacement);
                    smaller.add(group.withChildren(changed));
                }
            }
        } else if (condition instanceof EventCondition event) {
            for (int i = 0; i < event.filters().size(); i++) {
                List<Predicate> rest = new ArrayList<>(event.filters());
                rest.remove(i);
                smaller.add(new EventCondition(event.id(), event.eventType(), rest, event.window(), event.count(),
                        event.aggregate(), false));
            }
            if (event.aggregate().isPresent()) {
                smaller.add(new EventCondition(event.id(), event.eventType(), event.filters(), event.window(),
                        event.count(), Optional.empty(), false));
            }
            if (!(event.window() instanceof TimeWindow.Ever)) {
                smaller.add(new EventCondition(event.id(), event.eventType(), event.filters(), TimeWindow.EVER,
                        event.count(), event.aggregate(), false));
            }
            if (!event.count().equals(Comparison.atLeast(1))) {
                smaller.add(new EventCondition(event.id(), event.eventType(), event.filters(), event.window(),
                        Comparison.atLeast(1), event.aggregate(), false));
            }
            for (int i = 0; i < event.filters().size(); i++) {
                for (Condition replacement : candidates(event.filters().get(i))) {
                    List<Predicate> changed = new ArrayList<>(event.filters());
                    changed.set(i, (Predicate) replacement);
                    smaller.add(new EventCondition(event.id(), event.eventType(), changed, event.window(),
                            event.count(), event.aggregate(), false));
                }
            }
        } else if (condition instanceof Predicate predicate
                && predicate.operand() instanceof Operand.ValueList list && list.values().size() > 1) {
            for (int i = 0; i < list.values().size(); i++) {
                List<Value> rest = new ArrayList<>(list.values());
                rest.remove(i);
                smaller.add(new Predicate(predicate.id(), predicate.attribute(), predicate.operator(),
                        new Operand.ValueList(rest), predicate.text(), false));
            }
        }
        return smaller;
    }
}
