package io.segmentstudio.engine;

import io.segmentstudio.domain.rule.Condition;
import java.util.Map;
import java.util.Optional;

/** Finds the current rule of a segment by name, for segment references. */
@FunctionalInterface
public interface SegmentResolver {
    SegmentResolver NONE = name -> Optional.empty();

    Optional<Condition> rule(String segmentName);

    static SegmentResolver of(Map<String, Condition> rules) {
        Map<String, Condition> copy = Map.copyOf(rules);
        return name -> Optional.ofNullable(copy.get(name));
    }
}
