package io.segmentstudio.domain.rule;

import java.util.Objects;

/** Membership (or non-membership) of another segment, resolved to that segment's current rule. */
public record SegmentRef(String id, String segment, boolean member, boolean disabled) implements Condition {
    public SegmentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
    }

    @Override
    public SegmentRef withDisabled(boolean value) {
        return new SegmentRef(id, segment, member, value);
    }
}
