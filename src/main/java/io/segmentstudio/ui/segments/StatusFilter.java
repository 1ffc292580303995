package io.segmentstudio.ui.segments;

import io.segmentstudio.domain.SegmentStatus;

/** Which statuses the catalog lists. Archived segments are out of the way unless asked for. */
public enum StatusFilter {
    ACTIVE("All but archived", null), ALL("All statuses", null), DRAFT("Draft", SegmentStatus.DRAFT),
    IN_REVIEW("In review", SegmentStatus.IN_REVIEW), APPROVED("Approved", SegmentStatus.APPROVED),
    PUBLISHED("Published", SegmentStatus.PUBLISHED), ARCHIVED("Archived", SegmentStatus.ARCHIVED);

    private final String label;
    private final SegmentStatus status;

    StatusFilter(String label, SegmentStatus status) {
        this.label = label;
        this.status = status;
    }

    public boolean accepts(SegmentStatus candidate) {
        return switch (this) {
            case ACTIVE -> candidate != SegmentStatus.ARCHIVED;
            case ALL -> true;
            default -> candidate == status;
        };
    }

    public String label() {
        return label;
    }
}
