package io.segmentstudio.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.Workspace;
import io.segmentstudio.domain.ArchiveImpact;
import io.segmentstudio.ui.common.CatalogChanges;
import io.segmentstudio.workspace.SegmentCatalog;
import io.segmentstudio.workspace.SegmentRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
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
    private static final String VIP_RULE = "{\"rule\":{\"type\":\"group\",\"combinator\":\"and\",\"children\":["
            + "{\"type\":\"predicate\",\"attribute\":\"vip\",\"operator\":\"is_true\"}]}}";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("UTC"));
    private final CatalogChanges changes = new CatalogChanges();
    private final SimpleStringProperty user = new SimpleStringProperty("ben");
    private SegmentsViewModel segments;
    private SegmentActions actions;

    @BeforeEach
    void setUp() {
        shop = WorkspaceFixture.shop().create(dir.resolve("shop"));
        segments = new SegmentsViewModel(workspace, new SynchronousTaskRunner(), errors, TestFormats.us(), CLOCK, changes);
        actions = new SegmentActions(workspace, new SynchronousTaskRunner(), errors, user, changes::changed);
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
    void searchMatchesNameTagFolderDescriptionAndOwnerIgnoringCase() {
        segments.searchProperty().set("SHOPPERS");
        assertThat(names()).containsExactly("Berlin shoppers");

        segments.searchProperty().set("berlin");
        assertThat(names()).as("the name, and a description that mentions Berlin")
                .containsExactlyInAnyOrder("Berlin shoppers", "Newsletter engaged");

        segments.searchProperty().set("lifecycle");
        assertThat(names()).containsExactlyInAnyOrder("High value customers", "Lapsed buyers");

        segments.searchProperty().set("WINBACK ana");
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

        assertThat(segments.members(lapsed)).as("the fixture's rules are placeholders").isEqualTo("cannot count");
        assertThat(segments.lastEvaluated(lapsed)).startsWith("The rule of v1 cannot be counted")
                .endsWith("never evaluated and stored");
        assertThat(segments.lastEvaluated(berlin)).contains("last stored evaluation").endsWith("with 8");
        assertThat(segments.meta(berlin)).isEqualTo("Geo · v1 · ana");
        assertThat(segments.meta(byName("High value customers"))).as("the published version is the current one")
                .isEqualTo("Lifecycle · v1 · ana");
        assertThat(SegmentsViewModel.statusStyleClass(SegmentStatus.IN_REVIEW)).isEqualTo("chip-in-review");
        assertThat(berlin.status()).isEqualTo(SegmentStatus.IN_REVIEW);
    }

    @Test
    void sizesAreCountedNowFromTheColumnsAndMatchTheDatabase() {
        shop.versions().create(new SegmentCatalog.NewSegment("Loyal", "", "Lifecycle", List.of(), VIP_RULE), "ana", "");
        segments.reload();

        long expected = new SegmentRunner(shop).evaluateInDatabase(new SegmentRunner(shop).segmentRule("Loyal"),
                CLOCK.instant()).count();
        assertThat(expected).isPositive();
        assertThat(segments.liveSizesProperty().get()).containsEntry("Loyal", expected);
        assertThat(segments.members(byName("Loyal"))).isEqualTo(String.valueOf(expected));
        assertThat(segments.lastEvaluated(byName("Loyal"))).isEqualTo("Counted now at v1 · never evaluated and stored");
    }

    @Test
    void filtersByFolderStatusOwnerAndOverdueReviewAndClearsThemAll() {
        assertThat(segments.folders()).containsExactly("Email", "Geo", "Lifecycle");
        assertThat(segments.owners()).containsExactly("ana");

        segments.folderProperty().set("Lifecycle");
        assertThat(names()).containsExactlyInAnyOrder("High value customers", "Lapsed buyers");
        segments.statusProperty().set(StatusFilter.PUBLISHED);
        assertThat(names()).containsExactly("High value customers");
        segments.ownerProperty().set("bo");
        assertThat(names()).isEmpty();
        assertThat(segments.noMatchesProperty().get()).isTrue();

        segments.clearFilters();
        assertThat(names()).hasSize(4);
        shop.segments().setReviewBy("Lapsed buyers", LocalDate.of(2026, 11, 27), "ana");
        shop.segments().setReviewBy("Berlin shoppers", LocalDate.of(2026, 11, 28), "ana");
        segments.reload();
        segments.overdueOnlyProperty().set(true);
        assertThat(names()).as("a day that is today is not yet passed").containsExactly("Lapsed buyers");
        assertThat(segments.reviewBy(byName("Lapsed buyers"))).isEqualTo("2026-11-27 · overdue");
        assertThat(segments.summaryProperty().get()).isEqualTo("1 of 4 segments · 3 evaluated · 1 overdue for review");
    }

    @Test
    void archivedSegmentsAreOutOfTheWayUntilAskedFor() {
        shop.versions().create(new SegmentCatalog.NewSegment("Loyal", "", "Lifecycle", List.of(), VIP_RULE), "ana", "");
        shop.versions().create(new SegmentCatalog.NewSegment("Loyal in Berlin", "", "Geo", List.of(),
                "{\"rule\":{\"type\":\"segment\",\"segment\":\"Loyal\"}}"), "ana", "");
        segments.reload();

        List<ArchiveImpact> impacts = new ArrayList<>();
        actions.checkArchive("Loyal", impacts::add);
        assertThat(impacts).singleElement().satisfies(impact -> {
            assertThat(impact.blocked()).isTrue();
            assertThat(impact.referencedBy()).containsExactly("Loyal in Berlin");
        });

        actions.archive("Loyal in Berlin", "not used");
        assertThat(errors.reports()).isEmpty();
        assertThat(actions.noticeProperty().get()).startsWith("Archived Loyal in Berlin");
        assertThat(names()).as("reloaded at once, archived hidden").doesNotContain("Loyal in Berlin").contains("Loyal");
        segments.statusProperty().set(StatusFilter.ARCHIVED);
        assertThat(names()).containsExactly("Loyal in Berlin");
        assertThat(shop.audit().recent(1).get(0).actor()).as("the acting user").isEqualTo("ben");

        actions.unarchive("Loyal in Berlin", "needed after all");
        assertThat(names()).isEmpty();
        segments.statusProperty().set(StatusFilter.DRAFT);
        assertThat(names()).contains("Loyal in Berlin");
    }

    @Test
    void namesThatBreakTheConventionAreFlaggedOnceItIsSet() {
        assertThat(segments.namingWarning(byName("Berlin shoppers"))).isEmpty();

        actions.setNaming("[A-Z]+ - .+", "TEAM - Purpose");
        assertThat(errors.reports()).isEmpty();
        assertThat(segments.namingWarning(byName("Berlin shoppers"))).contains("TEAM - Purpose");

        actions.setNaming("(unclosed", "");
        assertThat(errors.reports()).singleElement().satisfies(report ->
                assertThat(report.error()).hasMessageContaining("not a valid naming pattern"));
        assertThat(shop.naming().current()).hasValueSatisfying(convention ->
                assertThat(convention.regex()).isEqualTo("[A-Z]+ - .+"));

        actions.setNaming("  ", "");
        assertThat(segments.namingWarning(byName("Berlin shoppers"))).isEmpty();
    }

    @Test
    void detailsAndReviewDayAreSavedAsTheActingUser() {
        actions.describe("Lapsed buyers", "Gone quiet", "Retention", List.of("winback", "q1"));
        actions.setReviewBy("Lapsed buyers", LocalDate.of(2027, 1, 31));

        SegmentSummary lapsed = byName("Lapsed buyers");
        assertThat(lapsed.folder()).isEqualTo("Retention");
        assertThat(lapsed.tags()).containsExactly("winback", "q1");
        assertThat(lapsed.reviewBy()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(segments.folders()).contains("Retention");
        assertThat(shop.audit().recent(2)).extracting(io.segmentstudio.workspace.AuditLog.Entry::actor)
                .containsOnly("ben");
    }

    private SegmentSummary byName(String name) {
        return segments.visibleSegments().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private java.util.List<String> names() {
        return segments.visibleSegments().stream().map(SegmentSummary::name).toList();
    }
}
