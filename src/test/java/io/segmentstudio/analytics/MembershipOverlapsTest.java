package io.segmentstudio.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembershipOverlapsTest {
    @TempDir
    Path dir;

    @Test
    void countsSharedMembersOfEveryPairOfEvaluatedSegments() {
        try (Workspace workspace = WorkspaceFixture.shop().create(dir.resolve("shop"))) {
            OverlapMatrix matrix = new MembershipOverlaps(workspace).compute();

            assertThat(matrix.segments()).extracting(SegmentSummary::name)
                    .containsExactlyInAnyOrder("High value customers", "Berlin shoppers", "Newsletter engaged");
            for (int row = 0; row < matrix.size(); row++) {
                Set<Long> rowMembers = members(workspace, matrix.segments().get(row).id());
                assertThat(matrix.members(row)).isEqualTo(rowMembers.size())
                        .isEqualTo(matrix.segments().get(row).members());
                for (int column = 0; column < matrix.size(); column++) {
                    Set<Long> both = members(workspace, matrix.segments().get(column).id()).stream()
                            .filter(rowMembers::contains).collect(Collectors.toSet());
                    assertThat(matrix.shared(row, column)).as("row %d column %d", row, column).isEqualTo(both.size());
                    assertThat(matrix.shared(row, column)).isEqualTo(matrix.shared(column, row));
                }
            }
        }
    }

    @Test
    void everyBerlinShopperIsNewsletterEngagedButNotTheOtherWayRound() {
        try (Workspace workspace = WorkspaceFixture.shop().create(dir.resolve("shop"))) {
            List<SegmentSummary> segments = workspace.segments().list();
            SegmentSummary berlin = byName(segments, "Berlin shoppers");
            SegmentSummary engaged = byName(segments, "Newsletter engaged");

            OverlapMatrix matrix = new MembershipOverlaps(workspace).compute(List.of(berlin, engaged));

            assertThat(matrix.shareOfRow(0, 1)).isEqualTo(1.0);
            assertThat(matrix.shareOfRow(1, 0)).isBetween(0.0, 1.0).isNotEqualTo(1.0);
            assertThat(matrix.shareOfRow(0, 0)).isEqualTo(1.0);
        }
    }

    @Test
    void noEvaluatedSegmentsGiveAnEmptyMatrix() {
        try (Workspace workspace = WorkspaceFixture.shop().unevaluated().create(dir.resolve("shop"))) {
            assertThat(new MembershipOverlaps(workspace).compute().size()).isZero();
        }
    }

    private static SegmentSummary byName(List<SegmentSummary> segments, String name) {
        return segments.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<Long> members(Workspace workspace, long segmentId) {
        return workspace.jdbi().withHandle(handle -> handle
                .createQuery("SELECT profile_id FROM membership WHERE segment_id = :id")
                .bind("id", segmentId).mapTo(Long.class).set());
    }
}
