package io.segmentstudio.analytics;

import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.workspace.Workspace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise overlaps of the evaluated segments, from the memberships stored at their last evaluation.
 * One self-join of the membership table counts every pair at once; only the upper triangle is
 * queried because the matrix is symmetric. The join must go through the profile index: H2 otherwise
 * picks the primary key, whose segment_id prefix matches every row and makes the join quadratic.
 */
public final class MembershipOverlaps {
    private static final String PAIRS = """
            SELECT a.segment_id AS row_id, b.segment_id AS column_id, COUNT(*) AS shared
            FROM membership a
            JOIN membership b USE INDEX (membership_profile)
                ON b.profile_id = a.profile_id AND b.segment_id >= a.segment_id
            WHERE a.segment_id IN (<ids>) AND b.segment_id IN (<ids>)
            GROUP BY a.segment_id, b.segment_id""";

    private final Workspace workspace;

    public MembershipOverlaps(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Overlaps of every evaluated segment, in catalog order. */
    public OverlapMatrix compute() {
        return compute(workspace.segments().list().stream().filter(SegmentSummary::evaluated).toList());
    }

    /** Overlaps of the given segments, in the given order. */
    public OverlapMatrix compute(List<SegmentSummary> segments) {
        if (segments.isEmpty()) {
            return OverlapMatrix.empty();
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            index.put(segments.get(i).id(), i);
        }
        long[][] shared = new long[segments.size()][segments.size()];
        workspace.jdbi().useHandle(handle -> handle.createQuery(PAIRS)
                .bindList("ids", List.copyOf(index.keySet()))
                .map((rs, ctx) -> {
                    int row = index.get(rs.getLong("row_id"));
                    int column = index.get(rs.getLong("column_id"));
                    shared[row][column] = rs.getLong("shared");
                    shared[column][row] = shared[row][column];
                    return null;
                })
                .forEach(ignored -> { }));
        return new OverlapMatrix(segments, shared);
    }
}
