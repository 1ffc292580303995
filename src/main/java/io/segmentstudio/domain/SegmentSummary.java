package io.segmentstudio.domain;

import java.time.Instant;
import java.util.List;

/**
 * A catalog row: a segment with its current version and its last known size.
 *
 * @param members        stored member count of the last evaluation, or -1 when never evaluated
 * @param lastEvaluated  when the membership was last computed, or null
 */
public record SegmentSummary(long id, String name, String description, String folder, List<String> tags,
                             String owner, SegmentStatus status, int currentVersion, long members,
                             Instant lastEvaluated, Instant updatedAt) {
    public SegmentSummary {
        tags = List.copyOf(tags);
    }

    public boolean evaluated() {
        return members >= 0;
    }
}
