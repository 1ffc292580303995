package io.segmentstudio.engine;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces each segment reference by the referenced segment's rule (negated for "not a member"), so
 * that every backend evaluates references exactly like any other condition and never reads a stale
 * stored membership. Disabled nodes are dropped on the way.
 */
public final class ReferenceExpander {
    private final SegmentResolver resolver;

    public ReferenceExpander(SegmentResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @return the rule without references and disabled nodes; a disabled root becomes an empty group,
     *         which matches every profile
     * @throws RuleException for an unknown segment, a reference cycle, or a reference to a segment whose
     *         rule has no enabled condition (it would silently mean "everyone")
     */
    public Condition expand(Condition rule) {
        if (rule.disabled()) {
            return Group.and(rule.id(), List.of());
        }
        return expand(rule, new ArrayList<>());
    }

    private Condition expand(Condition condition, List<String> chain) {
        if (condition instanceof Group group) {
            List<Condition> children = new ArrayList<>();
            for (Condition child : group.enabledChildren()) {
                children.add(expand(child, chain));
            }
            return new Group(group.id(), group.combinator(), group.negated(), false, children);
        } else if (condition instanceof SegmentRef ref) {
            if (chain.contains(ref.segment())) {
                List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(ref.segment()), chain.size()));
                cycle.add(ref.segment());
                throw new RuleException(ref.id(), "segment references form a cycle: " + String.join(" → ", cycle));
            }
            Condition target = resolver.rule(ref.segment()).orElseThrow(() -> new RuleException(ref.id(),
                    "unknown segment '" + ref.segment() + "'"));
            if (isEmpty(target)) {
                throw new RuleException(ref.id(), "segment '" + ref.segment() + "' has no enabled condition;"
                        + " referencing it would mean every profile");
            }
            chain.add(ref.segment());
            Condition expanded = expand(target, chain);
            chain.remove(chain.size() - 1);
            return new Group(ref.id(), Combinator.AND, !ref.member(), false, List.of(expanded));
        } else if (condition instanceof EventCondition event) {
            List<Predicate> filters = event.enabledFilters();
            return new EventCondition(event.id(), event.eventType(), filters, event.window(), event.count(),
                    event.aggregate(), false);
        }
        return condition;
    }

    /** True when nothing in the rule takes part in evaluation. */
    private static boolean isEmpty(Condition condition) {
        if (condition.disabled()) {
            return true;
        }
        return condition instanceof Group group && group.enabledChildren().stream().allMatch(ReferenceExpander::isEmpty);
    }
}
