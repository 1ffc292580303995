package io.segmentstudio.domain.rule;

import java.util.List;
import java.util.Objects;

/** A segment as a file or a version holds it: its descriptive fields and its rule. */
public record SegmentDefinition(String name, String description, String folder, List<String> tags, Condition rule) {
    public SegmentDefinition {
        Objects.requireNonNull(rule, "rule");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        folder = folder == null ? "" : folder;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static SegmentDefinition of(Condition rule) {
        return new SegmentDefinition("", "", "", List.of(), rule);
    }
}
