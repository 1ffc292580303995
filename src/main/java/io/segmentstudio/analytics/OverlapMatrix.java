package io.segmentstudio.analytics;

import io.segmentstudio.domain.SegmentSummary;
import java.util.List;

/**
 * How many stored members each pair of segments shares. The diagonal holds each segment's own size,
 * counted from the same membership rows, so shares are always consistent with the counts.
 */
public final class OverlapMatrix {
    private final List<SegmentSummary> segments;
    private final long[][] shared;

    OverlapMatrix(List<SegmentSummary> segments, long[][] shared) {
        this.segments = List.copyOf(segments);
        this.shared = shared;
    }

    public static OverlapMatrix empty() {
        return new OverlapMatrix(List.of(), new long[0][0]);
    }

    /** The compared segments, in row (and column) order. */
    public List<SegmentSummary> segments() {
        return segments;
    }

    public int size() {
        return segments.size();
    }

    /** Stored members of the segment at index. */
    public long members(int index) {
        return shared[index][index];
    }

    /** Profiles that are members of both segments. */
    public long shared(int row, int column) {
        return shared[row][column];
    }

    /** Share of the row segment's members that are also in the column segment, 0..1; 0 for an empty row. */
    public double shareOfRow(int row, int column) {
        long members = members(row);
        return members == 0 ? 0 : (double) shared[row][column] / members;
    }
}
