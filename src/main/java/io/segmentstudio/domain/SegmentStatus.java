package io.segmentstudio.domain;

/** Lifecycle of a segment version: Draft → In review → Approved → Published → Archived. */
public enum SegmentStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, ARCHIVED;

    public String label() {
        return switch (this) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case APPROVED -> "Approved";
            case PUBLISHED -> "Published";
            case ARCHIVED -> "Archived";
        };
    }
}
