package io.segmentstudio.engine;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an expanded rule reads: the profile attributes it tests and the event types it counts. A
 * change to anything else cannot change its members, so nothing else needs re-evaluating it.
 */
public record RuleReads(Set<String> attributes, Set<String> eventTypes) {
    public RuleReads {
        attributes = Set.copyOf(attributes);
        eventTypes = Set.copyOf(eventTypes);
    }

    /** @param expandedRule a rule passed through {@link ReferenceExpander} (references resolved) */
    public static RuleReads of(Condition expandedRule) {
        Set<String> attributes = new TreeSet<>();
        Set<String> eventTypes = new TreeSet<>();
        collect(expandedRule, attributes, eventTypes);
        return new RuleReads(attributes, eventTypes);
    }

    private static void collect(Condition condition, Set<String> attributes, Set<String> eventTypes) {
        if (condition.disabled()) {
            return;
        }
        if (condition instanceof Group group) {
            group.children().forEach(child -> collect(child, attributes, eventTypes));
        } else if (condition instanceof Predicate predicate) {
            attributes.add(predicate.attribute());
        } else if (condition instanceof EventCondition event) {
            eventTypes.add(event.eventType());
        }
    }
}
