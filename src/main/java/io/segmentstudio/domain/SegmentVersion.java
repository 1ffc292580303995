package io.segmentstudio.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of a segment, as the history lists it (the rule itself is read separately: it can
 * be large).
 *
 * @param comment       what the author said about the change; empty when nothing
 * @param submittedBy   who last submitted it for review, or null
 * @param submittedAt   when, or null
 * @param reviewedBy    who last approved or rejected it, or null
 * @param reviewedAt    when, or null
 * @param reviewComment the reviewer's comment, or null
 * @param restoredFrom  the version it restores, or 0 when it was written as such
 */
public record SegmentVersion(long segmentId, String segment, int version, SegmentStatus status, String author,
                             String comment, Instant createdAt, String submittedBy, Instant submittedAt,
                             String reviewedBy, Instant reviewedAt, String reviewComment, int restoredFrom) {
    public SegmentVersion {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        comment = comment == null ? "" : comment;
    }

    /** What the lifecycle rules look at. */
    public SegmentLifecycle.Subject subject() {
        return new SegmentLifecycle.Subject(segment, version, status, author);
    }
}
