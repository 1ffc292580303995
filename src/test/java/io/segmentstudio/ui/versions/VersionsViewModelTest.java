package io.segmentstudio.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.ui.common.DeferredTaskRunner;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History, the diff of a chosen pair, and restore, against a real workspace without a toolkit. */
class VersionsViewModelTest {
    private static final String SEGMENT = "Big Spenders";

    @TempDir
    Path dir;
    private Workspace shop;
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final SimpleStringProperty user = new SimpleStringProperty("ana");
    private final RecordingErrors errors = new RecordingErrors();

    static String rule(int above, String... cities) {
        StringBuilder children = new StringBuilder("""
                {"type":"predicate","id":"ltv","attribute":"lifetime_value","operator":"greater_than","value":%d}"""
                .formatted(above));
        for (String city : cities) {
            children.append(",").append("""
                    {"type":"predicate","id":"city-%s","attribute":"city","operator":"equals","value":"%s"}"""
                    .formatted(city, city));
        }
        return "{\"rule\":{\"type\":\"group\",\"id\":\"root\",\"combinator\":\"and\",\"children\":[" + children + "]}}";
    }

    @BeforeEach
    void setUp() {
        shop = WorkspaceFixture.shop().create(dir.resolve("shop"));
        shop.versions().create(new NewSegment(SEGMENT, "", "", List.of(), rule(200)), "ana", "first cut");
        shop.versions().save(SEGMENT, rule(300, "Berlin"), "ben", "stricter, Berlin only");
        workspace.set(shop);
    }

    @AfterEach
    void tearDown() {
        shop.close();
    }

    private VersionsViewModel versions(TaskRunner tasks) {
        return new VersionsViewModel(workspace, tasks, errors, TestFormats.us(), user);
    }

    @Test
    void theHistoryLoadsNewestFirstAndComparesTheCurrentVersionWithTheOneBefore() {
        VersionsViewModel versions = versions(new SynchronousTaskRunner());
        assertThat(versions.emptyMessageProperty().get()).isEqualTo("Select a segment to see its versions.");

        versions.segmentProperty().set(SEGMENT);

        assertThat(errors.reports()).isEmpty();
        assertThat(versions.versions()).extracting(SegmentVersion::version).containsExactly(2, 1);
        assertThat(versions.countProperty().get()).isEqualTo("2 versions");
        assertThat(versions.comment(versions.versions().get(0))).isEqualTo("stricter, Berlin only");
        assertThat(versions.meta(versions.versions().get(1))).startsWith("ana · ");
        assertThat(versions.emptyMessageProperty().get()).isEmpty();
        assertThat(versions.diffMessageProperty().get()).isEmpty();
        assertThat(versions.selectedProperty().get().version()).isEqualTo(2);
        assertThat(versions.olderProperty().get().version()).isEqualTo(1);
        assertThat(versions.newerProperty().get().version()).isEqualTo(2);
        assertThat(versions.diffSummaryProperty().get()).isEqualTo("1 added · 1 changed");
        assertThat(versions.diffRows()).extracting(DiffRow::nodeId, DiffRow::mark).containsExactly(
                org.assertj.core.groups.Tuple.tuple("root", DiffRow.Mark.SAME),
                org.assertj.core.groups.Tuple.tuple("ltv", DiffRow.Mark.CHANGED),
                org.assertj.core.groups.Tuple.tuple("city-Berlin", DiffRow.Mark.ADDED));
        assertThat(versions.diffRows().get(1).fields()).singleElement()
                .satisfies(field -> assertThat(field.before() + " → " + field.after()).isEqualTo("200 → 300"));
        assertThat(versions.canRestoreProperty().get()).as("the current version is not restored").isFalse();
    }

    @Test
    void aSegmentWithOneVersionSaysSoAndComparesNothing() {
        shop.versions().create(new NewSegment("Solo", "", "", List.of(), rule(100)), "ana", "");
        VersionsViewModel versions = versions(new SynchronousTaskRunner());

        versions.segmentProperty().set("Solo");

        assertThat(versions.versions()).hasSize(1);
        assertThat(versions.countProperty().get()).isEqualTo("1 version");
        assertThat(versions.emptyMessageProperty().get()).isEmpty();
        assertThat(versions.diffMessageProperty().get()).startsWith("Only one version so far");
        assertThat(versions.olderProperty().get()).isNull();
        assertThat(versions.diffRows()).isEmpty();
        assertThat(versions.canRestoreProperty().get()).isFalse();
        assertThat(versions.restoreHintProperty().get()).isEqualTo("There is no older version to restore yet.");
    }

    @Test
    void anAnswerAboutTheSegmentShownBeforeIsDropped() {
        shop.versions().create(new NewSegment("Other", "", "", List.of(), rule(100)), "ana", "");
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        VersionsViewModel versions = versions(tasks);

        versions.segmentProperty().set(SEGMENT);
        versions.segmentProperty().set("Other");
        assertThat(tasks.cancelled(0)).as("the first read is cancelled").isTrue();
        tasks.finish(1);
        tasks.finish(0); // the slow answer about the first segment arrives last

        assertThat(versions.versions()).extracting(SegmentVersion::segment).containsOnly("Other");
        assertThat(versions.loadingProperty().get()).isFalse();
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void aDiffReadForAnEarlierPairIsDropped() {
        shop.versions().save(SEGMENT, rule(300), "ana", "not only Berlin");
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        VersionsViewModel versions = versions(tasks);
        versions.segmentProperty().set(SEGMENT);
        tasks.finish(0);
        SegmentVersion v1 = versions.versions().get(2);
        SegmentVersion v2 = versions.versions().get(1);

        versions.compare(v1, v2); // asked while the default pair v2 → v3 is still being read
        tasks.finish(2);
        tasks.finish(1);

        assertThat(versions.diffRows()).extracting(DiffRow::mark)
                .containsExactly(DiffRow.Mark.SAME, DiffRow.Mark.CHANGED, DiffRow.Mark.ADDED);
        assertThat(versions.diffSummaryProperty().get()).isEqualTo("1 added · 1 changed");
    }

    @Test
    void selectingAnOldVersionComparesItWithTheCurrentOne() {
        shop.versions().save(SEGMENT, rule(300), "ana", "not only Berlin");
        VersionsViewModel versions = versions(new SynchronousTaskRunner());
        versions.segmentProperty().set(SEGMENT);

        versions.selectedProperty().set(versions.versions().get(2));

        assertThat(versions.olderProperty().get().version()).isEqualTo(1);
        assertThat(versions.newerProperty().get().version()).isEqualTo(3);
        assertThat(versions.diffSummaryProperty().get()).isEqualTo("1 changed");
        assertThat(versions.restoreTextProperty().get()).isEqualTo("Restore v1 as a new draft…");
        assertThat(versions.canRestoreProperty().get()).isTrue();
        assertThat(versions.restoreHintProperty().get()).isEmpty();
    }

    @Test
    void restoringMakesANewDraftReloadsAndTellsTheHost() {
        VersionsViewModel versions = versions(new SynchronousTaskRunner());
        versions.segmentProperty().set(SEGMENT);
        versions.selectedProperty().set(versions.versions().get(1));
        user.set("cleo");

        versions.restoreAsDraft(1, "v2 was too strict");

        assertThat(errors.reports()).isEmpty();
        assertThat(versions.revisionProperty().get()).isEqualTo(1);
        assertThat(versions.noticeProperty().get()).isEqualTo("Restored v1 as v3, a draft");
        SegmentVersion restored = versions.versions().get(0);
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(restored.author()).isEqualTo("cleo");
        assertThat(restored.restoredFrom()).isEqualTo(1);
        assertThat(versions.selectedProperty().get()).isEqualTo(restored);
        assertThat(versions.diffSummaryProperty().get()).as("v2 → v3 undoes v2").isEqualTo("1 removed · 1 changed");
        assertThat(shop.versions().rule(SEGMENT, 3)).isEqualTo(shop.versions().rule(SEGMENT, 1));
    }

    @Test
    void identicalVersionsSayTheyHaveTheSameRule() {
        shop.versions().restore(SEGMENT, 1, "ana", "");
        VersionsViewModel versions = versions(new SynchronousTaskRunner());
        versions.segmentProperty().set(SEGMENT);

        versions.compare(versions.versions().get(2), versions.versions().get(0));

        assertThat(versions.sameRuleProperty().get()).isTrue();
        assertThat(versions.diffSummaryProperty().get()).isEqualTo("No differences: v1 and v3 have the same rule");
    }

    @Test
    void aVersionInReviewIsNotRestoredOverAndTheHintSaysWhy() {
        shop.workflow().submit(SEGMENT, "ana", "please");
        VersionsViewModel versions = versions(new SynchronousTaskRunner());
        versions.segmentProperty().set(SEGMENT);

        versions.selectedProperty().set(versions.versions().get(1));

        assertThat(versions.canRestoreProperty().get()).isFalse();
        assertThat(versions.restoreHintProperty().get()).contains("in review");

        versions.restoreAsDraft(1, "anyway"); // the workspace refuses it too
        assertThat(errors.reports()).singleElement().satisfies(report -> {
            assertThat(report.title()).isEqualTo("Cannot restore v1 of “Big Spenders”");
            assertThat(report.error()).hasMessageContaining("in review");
        });
        assertThat(versions.revisionProperty().get()).isZero();
    }
}
