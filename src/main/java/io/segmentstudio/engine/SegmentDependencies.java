package io.segmentstudio.engine;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.SegmentRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Which segments reference which: what an edit or an archive of a segment would affect. */
public final class SegmentDependencies {
    private final Map<String, Condition> rules;

    /** @param rules every segment's current rule by name */
    public SegmentDependencies(Map<String, Condition> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** Segments the rule references directly (disabled references included: they still name the segment). */
    public static Set<String> references(Condition rule) {
        Set<String> names = new TreeSet<>();
        collect(rule, names);
        return names;
    }

    /** Segments that reference {@code segment} directly or through other segments, sorted by name. */
    public Set<String> dependents(String segment) {
        Set<String> found = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push(segment);
        while (!pending.isEmpty()) {
            String target = pending.pop();
            rules.forEach((name, rule) -> {
                if (!name.equals(segment) && references(rule).contains(target) && found.add(name)) {
                    pending.push(name);
                }
            });
        }
        return found;
    }

    private static void collect(Condition condition, Set<String> names) {
        if (condition instanceof Group group) {
            group.children().forEach(child -> collect(child, names));
        } else if (condition instanceof SegmentRef ref) {
            names.add(ref.segment());
        }
    }
}
