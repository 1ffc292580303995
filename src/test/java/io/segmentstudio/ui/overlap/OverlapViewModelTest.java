package io.segmentstudio.ui.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlapViewModelTest {
    @TempDir
    Path dir;
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final RecordingErrors errors = new RecordingErrors();
    private final OverlapViewModel overlaps =
            new OverlapViewModel(workspace, new SynchronousTaskRunner(), errors, TestFormats.us());

    @Test
    void comparesTheEvaluatedSegmentsPairwise() {
        try (Workspace shop = WorkspaceFixture.shop().create(dir.resolve("shop"))) {
            workspace.set(shop);

            var matrix = overlaps.matrixProperty().get();
            assertThat(matrix.segments()).extracting(SegmentSummary::name)
                    .containsExactlyInAnyOrder("High value customers", "Berlin shoppers", "Newsletter engaged");
            assertThat(overlaps.emptyMessageProperty().get()).isEmpty();
            assertThat(overlaps.unevaluatedSegments()).extracting(SegmentSummary::name).containsExactly("Lapsed buyers");
            assertThat(overlaps.leftOutProperty().get()).isEqualTo("Not evaluated yet, so not compared: Lapsed buyers");

            int berlin = indexOf(matrix.segments(), "Berlin shoppers");
            int engaged = indexOf(matrix.segments(), "Newsletter engaged");
            OverlapCell everyBerliner = overlaps.cell(berlin, engaged);
            assertThat(everyBerliner).isEqualTo(new OverlapCell("8", "100%", 5, false));
            assertThat(overlaps.cell(berlin, berlin).self()).isTrue();
            assertThat(overlaps.describe(berlin, engaged))
                    .isEqualTo("8 of the 8 members of Berlin shoppers are also in Newsletter engaged (100%)");
        }
    }

    @Test
    void withoutEvaluatedSegmentsItExplainsAndListsTheWaitingOnes() {
        try (Workspace shop = WorkspaceFixture.shop().unevaluated().create(dir.resolve("shop"))) {
            workspace.set(shop);

            assertThat(overlaps.matrixProperty().get().size()).isZero();
            assertThat(overlaps.emptyMessageProperty().get()).startsWith("None of the segments has been evaluated yet.")
                    .contains("once at least two segments are evaluated");
            assertThat(overlaps.unevaluatedSegments()).hasSize(4);
            assertThat(overlaps.leftOutProperty().get()).as("the empty state lists them instead").isEmpty();
        }
    }

    @Test
    void heatGrowsWithTheShare() {
        assertThat(OverlapCell.heat(0)).isZero();
        assertThat(OverlapCell.heat(0.01)).isEqualTo(1);
        assertThat(OverlapCell.heat(0.5)).isEqualTo(3);
        assertThat(OverlapCell.heat(1)).isEqualTo(5);
    }

    private static int indexOf(java.util.List<SegmentSummary> segments, String name) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }
}
