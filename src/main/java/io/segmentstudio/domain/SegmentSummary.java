package io.segmentstudio.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A catalog row: a segment with its current version and its last known size.
 *
 * @param status          the status of the current (newest) version
 * @param currentVersion  the newest version: what the editor shows and evaluations use
 * @param members         stored member count of the last evaluation, or -1 when never evaluated
 * @param lastEvaluated   when the membership was last computed, or null
 * @param reviewBy        the day by which the segment should be looked at again, or null
 * @param approvedVersion the newest approved or published version (what publishing uses while a newer
 *                        draft is worked on), or 0 when none
 */
public record SegmentSummary(long id, String name, String description, String folder, List<String> tags,
                             String owner, SegmentStatus status, int currentVersion, long members,
                             Instant lastEvaluated, Instant updatedAt, LocalDate reviewBy, int approvedVersion) {
    public SegmentSummary {
        tags = List.copyOf(tags);
    }

    public boolean evaluated() {
        return members >= 0;
    }

    /** Whether its review-by day has passed (an archived segment is never overdue). */
    public boolean reviewOverdue(LocalDate today) {
        return reviewBy != null && reviewBy.isBefore(today) && status != SegmentStatus.ARCHIVED;
    }
}
