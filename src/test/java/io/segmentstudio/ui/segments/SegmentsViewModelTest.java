package io.segmentstudio.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentsViewModelTest {
    @TempDir
    Path dir;
    private Workspace shop;
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final RecordingErrors errors = new RecordingErrors();
    private SegmentsViewModel segments;

    @BeforeEach
    void setUp() {
        shop = WorkspaceFixture.shop().create(dir.resolve("shop"));
        segments = new SegmentsViewModel(workspace, new SynchronousTaskRunner(), errors, TestFormats.us());
        workspace.set(shop);
    }

    @AfterEach
    void tearDown() {
        shop.close();
    }

    @Test
    void listsEverySegmentOfTheWorkspace() {
        assertThat(segments.visibleSegments()).extracting(SegmentSummary::name)
                .containsExactlyInAnyOrderElementsOf(WorkspaceFixture.SEGMENT_NAMES);
        assertThat(segments.summaryProperty().get()).isEqualTo("4 segments · 3 evaluated");
        assertThat(segments.emptyProperty().get()).isFalse();
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void searchMatchesNameTagAndFolderIgnoringCase() {
        segments.searchProperty().set("BERLIN");
        assertThat(names()).containsExactly("Berlin shoppers");

        segments.searchProperty().set("lifecycle");
        assertThat(names()).containsExactlyInAnyOrder("High value customers", "Lapsed buyers");

        segments.searchProperty().set("winback");
        assertThat(names()).containsExactly("Lapsed buyers");

        segments.searchProperty().set("value vip");
        assertThat(names()).containsExactly("High value customers");
        assertThat(segments.summaryProperty().get()).isEqualTo("1 of 4 segments · 3 evaluated");

        segments.searchProperty().set("  ");
        assertThat(names()).hasSize(4);
    }

    @Test
    void aSearchWithoutMatchesIsToldApartFromAnEmptyWorkspace() {
        segments.searchProperty().set("no such thing");

        assertThat(segments.visibleSegments()).isEmpty();
        assertThat(segments.noMatchesProperty().get()).isTrue();
        assertThat(segments.emptyProperty().get()).isFalse();
    }

    @Test
    void aWorkspaceWithoutSegmentsIsEmpty() {
        try (Workspace fresh = Workspace.create(dir.resolve("fresh"), ZoneId.of("UTC"))) {
            workspace.set(fresh);

            assertThat(segments.emptyProperty().get()).isTrue();
            assertThat(segments.noMatchesProperty().get()).isFalse();
        }
    }

    @Test
    void closingTheWorkspaceClearsTheList() {
        workspace.set(null);

        assertThat(segments.visibleSegments()).isEmpty();
        assertThat(segments.emptyProperty().get()).as("no workspace is not an empty workspace").isFalse();
    }

    @Test
    void describesSizeAndStatus() {
        SegmentSummary lapsed = byName("Lapsed buyers");
        SegmentSummary berlin = byName("Berlin shoppers");

        assertThat(segments.members(lapsed)).isEqualTo("not evaluated");
        assertThat(segments.members(berlin)).isEqualTo("8");
        assertThat(segments.lastEvaluated(lapsed)).isEqualTo("Never evaluated");
        assertThat(segments.meta(berlin)).isEqualTo("Geo · v1 · ana");
        assertThat(SegmentsViewModel.statusStyleClass(SegmentStatus.IN_REVIEW)).isEqualTo("chip-in-review");
        assertThat(berlin.status()).isEqualTo(SegmentStatus.IN_REVIEW);
    }

    private SegmentSummary byName(String name) {
        return segments.visibleSegments().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private java.util.List<String> names() {
        return segments.visibleSegments().stream().map(SegmentSummary::name).toList();
    }
}
