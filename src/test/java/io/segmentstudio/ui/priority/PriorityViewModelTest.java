package io.segmentstudio.ui.priority;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.PriorityGroup;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.DeferredTaskRunner;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Priorities page's logic on a small retail demo, without a toolkit: sizes are checked against the
 * members H2 finds for each segment, handed out to the first segment of the order each profile is in.
 */
class PriorityViewModelTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T12:00:00Z");
    private static final String VIP = "VIP";
    private static final String HIGH_VALUE = "High-Value Customers";
    private static final String CHURN = "Churn Risk";
    private static final List<String> ORDER = List.of(VIP, HIGH_VALUE, CHURN);

    @TempDir
    static Path dir;
    private static Workspace retail;

    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final SimpleStringProperty user = new SimpleStringProperty("ana");
    private final RecordingErrors errors = new RecordingErrors();

    @BeforeAll
    static void generate() {
        retail = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(5, 400, LocalDate.of(2026, 11, 1))).generate(retail,
                ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        retail.close();
    }

    private PriorityViewModel page(TaskRunner tasks) {
        return new PriorityViewModel(workspace, tasks, errors, TestFormats.us(), user,
                Clock.fixed(AS_OF, ZoneOffset.UTC));
    }

    private PriorityViewModel open(String group) {
        PriorityViewModel page = page(new SynchronousTaskRunner());
        workspace.set(retail);
        select(page, group);
        return page;
    }

    private static void select(PriorityViewModel page, String group) {
        page.selectedProperty().set(page.groups().stream().filter(g -> g.name().equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + group + " in " + page.groups())));
    }

    @Test
    void loadsTheGroupsAndSizesTheSelectedOneAsTheDatabaseDoes() {
        retail.priorityGroups().create("Load", "one offer each", ORDER, "ana");
        PriorityViewModel page = open("Load");

        assertThat(page.groups()).extracting(PriorityGroup::name).contains("Load");
        assertThat(page.describe(page.selectedProperty().get())).isEqualTo("3 segments · one offer each");
        assertThat(page.order()).containsExactlyElementsOf(ORDER);
        assertSizes(page, ORDER);
        assertThat(page.rows().get(0).loss()).isEqualTo("first pick: keeps all its members");
        assertThat(page.dirtyProperty().get()).isFalse();
        assertThat(page.unsavedNoteProperty().get()).isEmpty();
        long assigned = union(ORDER);
        assertThat(page.totalProperty().get()).startsWith(TestFormats.us().count(assigned)
                + " profiles assigned to one segment of this group · ").endsWith(" of 400");
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void movingTheLowestSegmentToTheTopLetsItKeepEveryMemberAndPreviewsTheOthersShrinking() {
        retail.priorityGroups().create("Move", "", ORDER, "ana");
        PriorityViewModel page = open("Move");
        PriorityRow churnBefore = page.rows().get(2);
        assertThat(churnBefore.losing()).as("churn risk overlaps the segments above it").isTrue();

        page.move(CHURN, 0);

        List<String> moved = List.of(CHURN, VIP, HIGH_VALUE);
        assertThat(page.order()).containsExactlyElementsOf(moved);
        assertSizes(page, moved);
        PriorityRow churn = page.rows().get(0);
        assertThat(churn.rank()).isEqualTo(1);
        assertThat(churn.exclusive()).isEqualTo(churn.members()).isEqualTo(churnBefore.members());
        assertThat(page.rows().subList(1, 3)).as("the others give up what churn risk now takes first")
                .anyMatch(PriorityRow::losing);
        PriorityRow vip = page.rows().get(1);
        if (vip.losing()) {
            assertThat(vip.loss()).startsWith("loses " + TestFormats.us().count(vip.members() - vip.exclusive()))
                    .endsWith(" to " + CHURN);
        }
        assertThat(page.dirtyProperty().get()).isTrue();
        assertThat(page.unsavedNoteProperty().get()).contains("not saved");
        assertThat(retail.priorityGroups().find("Move").orElseThrow().segments()).as("nothing written yet")
                .containsExactlyElementsOf(ORDER);
    }

    @Test
    void saveWritesTheWorkingOrderAsTheActingUser() {
        retail.priorityGroups().create("Save", "", ORDER, "ana");
        PriorityViewModel page = open("Save");
        user.set("bo");

        page.drop(CHURN, VIP, false);
        page.save();

        List<String> saved = List.of(CHURN, VIP, HIGH_VALUE);
        assertThat(retail.priorityGroups().find("Save").orElseThrow().segments()).containsExactlyElementsOf(saved);
        AuditLog.Entry entry = retail.audit().recent(1).get(0);
        assertThat(entry.action()).isEqualTo("priority_group.reordered");
        assertThat(entry.actor()).isEqualTo("bo");
        assertThat(page.dirtyProperty().get()).isFalse();
        assertThat(page.order()).containsExactlyElementsOf(saved);
        assertThat(page.selectedProperty().get().segments()).containsExactlyElementsOf(saved);
        assertSizes(page, saved);
    }

    @Test
    void revertGoesBackToTheSavedOrderAndItsSizes() {
        retail.priorityGroups().create("Revert", "", ORDER, "ana");
        PriorityViewModel page = open("Revert");
        List<PriorityRow> before = List.copyOf(page.rows());

        page.moveDown(VIP);
        page.moveDown(VIP);
        page.moveDown(VIP); // already last: stays
        assertThat(page.order()).containsExactly(HIGH_VALUE, CHURN, VIP);
        page.revert();

        assertThat(page.order()).containsExactlyElementsOf(ORDER);
        assertThat(page.rows()).isEqualTo(before);
        assertThat(page.dirtyProperty().get()).isFalse();
    }

    @Test
    void segmentsAreAddedAtTheBottomAndRemovedBeforeTheyAreSaved() {
        retail.priorityGroups().create("Members", "", List.of(VIP), "ana");
        retail.workflow().archive("Window Shoppers", "ana", "not used any more");
        PriorityViewModel page = open("Members");
        assertThat(page.addableSegments()).as("archived and present segments are not offered")
                .contains(HIGH_VALUE, CHURN).doesNotContain(VIP, "Window Shoppers");

        page.add(CHURN);
        page.add("Window Shoppers");
        assertThat(page.order()).containsExactly(VIP, CHURN);
        assertSizes(page, List.of(VIP, CHURN));
        assertThat(page.addableSegments()).doesNotContain(CHURN);
        page.add(HIGH_VALUE);
        page.remove(VIP);
        page.moveUp(HIGH_VALUE);
        page.save();

        assertThat(retail.priorityGroups().find("Members").orElseThrow().segments())
                .containsExactly(HIGH_VALUE, CHURN);
        assertThat(retail.audit().recent(1).get(0).action()).isEqualTo("priority_group.updated");
        assertThat(page.dirtyProperty().get()).isFalse();
    }

    @Test
    void anOrderChangedWhileSizingIsSizedNextAndTheOlderAnswerIsDropped() {
        retail.priorityGroups().create("A late one", "", ORDER, "ana");
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        PriorityViewModel page = page(tasks);
        workspace.set(retail);
        tasks.finish(0); // the groups
        select(page, "A late one");
        int older = tasks.size() - 1;
        assertThat(page.previewTaskProperty().get()).as("sizing shows its progress").isNotNull();
        assertThat(page.rows()).as("not sized yet").noneMatch(row -> row.exclusive() >= 0);

        page.move(CHURN, 0);
        page.moveDown(CHURN);
        page.moveUp(CHURN);
        assertThat(tasks.size() - 1).as("one sizing at a time").isEqualTo(older);
        assertThat(tasks.cancelled(older)).as("a first image load is not thrown away").isFalse();
        tasks.finish(older);

        assertThat(page.rows()).extracting(PriorityRow::segment).containsExactly(CHURN, VIP, HIGH_VALUE);
        assertThat(page.rows()).as("the older order's sizes are not shown").noneMatch(row -> row.exclusive() >= 0);
        assertThat(page.rows()).as("raw sizes do not depend on the order").allMatch(row -> row.members() >= 0);
        assertThat(tasks.size() - 1).as("the latest order is sized next").isEqualTo(older + 1);
        tasks.finish(older + 1);
        assertSizes(page, List.of(CHURN, VIP, HIGH_VALUE));
        assertThat(page.previewTaskProperty().get()).isNull();
    }

    @Test
    void cancelStopsTheRunningSizing() {
        retail.priorityGroups().create("Cancelled", "", ORDER, "ana");
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        PriorityViewModel page = page(tasks);
        workspace.set(retail);
        tasks.finish(0);
        select(page, "Cancelled");
        int sizing = tasks.size() - 1;

        page.cancelPreview();

        assertThat(tasks.cancelled(sizing)).isTrue();
        page.move(CHURN, 0);
        assertThat(tasks.size() - 1).as("a cancelled sizing is not followed by another until it has ended")
                .isEqualTo(sizing);
    }

    @Test
    void createsAndDeletesGroupsAsTheActingUser() {
        retail.priorityGroups().create("Stays", "", List.of(VIP), "ana");
        PriorityViewModel page = open(page(new SynchronousTaskRunner()), "Winback");
        assertThat(page.nameProblem(" ")).contains("A priority group needs a name.");

        page.create("Winback", "second chances", List.of("Lapsed VIP", CHURN));

        assertThat(page.selectedProperty().get().name()).isEqualTo("Winback");
        assertThat(page.order()).containsExactly("Lapsed VIP", CHURN);
        assertThat(page.rows()).allMatch(row -> row.exclusive() >= 0);
        assertThat(page.nameProblem("winback")).contains("There is already a priority group named “Winback”.");
        assertThat(retail.audit().recent(1).get(0).actor()).isEqualTo("ana");

        page.deleteSelected();

        assertThat(retail.priorityGroups().find("Winback")).isEmpty();
        assertThat(page.groups()).extracting(PriorityGroup::name).doesNotContain("Winback");
        assertThat(page.selectedProperty().get()).as("another group is shown").isNotNull();
    }

    @Test
    void aWorkspaceWithoutGroupsSaysSo() {
        try (Workspace empty = Workspace.create(dir.resolve("empty"), ZoneId.of("Europe/Berlin"))) {
            PriorityViewModel page = page(new SynchronousTaskRunner());
            assertThat(page.noGroupsProperty().get()).as("no workspace open: nothing to say yet").isFalse();
            workspace.set(empty);
            assertThat(page.noGroupsProperty().get()).isTrue();
            assertThat(page.selectedProperty().get()).isNull();
            assertThat(page.rows()).isEmpty();
            workspace.set(null);
        }
    }

    private PriorityViewModel open(PriorityViewModel page, String absentGroup) {
        workspace.set(retail);
        assertThat(page.groups()).extracting(PriorityGroup::name).doesNotContain(absentGroup);
        return page;
    }

    /** Each row's raw and exclusive size, as H2's members handed to the first segment each profile is in. */
    private void assertSizes(PriorityViewModel page, List<String> order) {
        SegmentRunner runner = new SegmentRunner(retail);
        Set<String> taken = new HashSet<>();
        List<long[]> expected = new ArrayList<>();
        for (String segment : order) {
            List<String> members = runner.evaluateInDatabase(runner.segmentRule(segment), AS_OF).keys();
            expected.add(new long[] {members.size(), members.stream().filter(taken::add).count()});
        }
        assertThat(page.rows()).extracting(PriorityRow::segment).containsExactlyElementsOf(order);
        for (int i = 0; i < order.size(); i++) {
            PriorityRow row = page.rows().get(i);
            assertThat(row.members()).as("raw size of %s", row.segment()).isEqualTo(expected.get(i)[0]);
            assertThat(row.exclusive()).as("exclusive size of %s", row.segment()).isEqualTo(expected.get(i)[1]);
            assertThat(row.exclusiveScale()).isLessThanOrEqualTo(row.membersScale());
        }
    }

    private static long union(List<String> order) {
        SegmentRunner runner = new SegmentRunner(retail);
        Set<String> all = new HashSet<>();
        order.forEach(segment -> all.addAll(runner.evaluateInDatabase(runner.segmentRule(segment), AS_OF).keys()));
        return all.size();
    }
}
