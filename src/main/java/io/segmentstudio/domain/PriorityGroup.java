package io.segmentstudio.domain;

import java.util.List;
import java.util.Objects;

/**
 * A named, ordered list of segments that assigns each profile to at most one of them: the first in the
 * list it belongs to (VIP above Churn risk), so that a campaign reaches no one twice.
 *
 * @param segments segment names, highest priority first
 */
public record PriorityGroup(long id, String name, String description, List<String> segments) {
    public PriorityGroup {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        segments = List.copyOf(segments);
    }
}
