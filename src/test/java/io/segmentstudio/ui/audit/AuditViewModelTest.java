package io.segmentstudio.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.ingest.csv.CsvReader;
import io.segmentstudio.ingest.csv.CsvRecord;
import io.segmentstudio.ingest.csv.Delimiter;
import io.segmentstudio.ui.common.DeferredTaskRunner;
import io.segmentstudio.ui.common.Debouncer;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    private Workspace shop;
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final RecordingErrors errors = new RecordingErrors();

    @BeforeEach
    void tellTheStory() {
        shop = Workspace.create(dir.resolve("shop"), BERLIN);
        shop.attributes().add(new Attribute("aov", AttributeType.DECIMAL, "", "test", false));
        AuditStory.tell(shop, "aov");
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private AuditViewModel open(TaskRunner tasks, Debouncer debouncer) {
        AuditViewModel audit = new AuditViewModel(workspace, tasks, errors, TestFormats.us(), debouncer);
        workspace.set(shop);
        return audit;
    }

    private AuditViewModel open() {
        return open(new SynchronousTaskRunner(), Debouncer.IMMEDIATE);
    }

    private static List<String> sentences(AuditViewModel audit) {
        return audit.rows().stream().map(AuditRow::sentence).toList();
    }

    private static List<String> actions(AuditViewModel audit) {
        return audit.rows().stream().map(row -> row.entry().action()).toList();
    }

    private static <T> FilterChoice<T> choice(List<FilterChoice<T>> choices, String label) {
        return choices.stream().filter(choice -> choice.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryEntryNewestFirstInWords() {
        AuditViewModel audit = open();

        assertThat(sentences(audit)).containsExactly(
                "bo created the priority group Retention: VIP > Lapsed VIP",
                "cy archived Churn risk: not needed",
                "cy created Churn risk",
                "ana created Lapsed VIP",
                "bo approved VIP v2: looks right",
                "ana submitted VIP v2 for review: ready",
                "ana saved VIP v2: stricter",
                "ana created VIP");
        assertThat(audit.rows()).extracting(AuditRow::label).startsWith("Group created", "Archived", "Created");
        assertThat(audit.rows()).extracting(AuditRow::subject).startsWith("Priority group · Retention", "Churn risk");
        assertThat(audit.rows().get(4).kind()).isEqualTo(AuditKind.REVIEWS);
        assertThat(audit.summaryProperty().get()).isEqualTo("8 entries by 3 people, Jun 2, 2025 – Jun 10, 2025");
        assertThat(audit.time(audit.rows().get(1).entry().occurredAt())).isEqualTo("Jun 9, 2025, 4:00 PM");
        assertThat(audit.limitReachedProperty().get()).isFalse();
        assertThat(audit.nothingRecordedProperty().get()).isFalse();
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void filtersByWhoDidIt() {
        AuditViewModel audit = open();
        assertThat(audit.actorChoices()).extracting(FilterChoice::label).containsExactly("Anyone", "ana", "bo", "cy");

        audit.actorProperty().set(choice(audit.actorChoices(), "bo"));

        assertThat(actions(audit)).containsExactly("priority_group.created", "segment.approved");
        assertThat(audit.actorChoices()).as("every person stays offered").hasSize(4);
        assertThat(audit.summaryProperty().get()).startsWith("2 entries by 1 person");
    }

    @Test
    void filtersByKindOfAction() {
        AuditViewModel audit = open();
        assertThat(audit.kindChoices()).extracting(FilterChoice::label).containsExactly("All actions", "Edits",
                "Reviews", "Publishing", "Archiving", "Tests", "Priority groups", "Workspace settings");

        audit.kindProperty().set(choice(audit.kindChoices(), "Reviews"));
        assertThat(actions(audit)).containsExactly("segment.approved", "segment.submitted");

        audit.kindProperty().set(choice(audit.kindChoices(), "Edits"));
        assertThat(actions(audit)).containsExactly("segment.created", "segment.created", "segment.saved",
                "segment.created");

        audit.kindProperty().set(choice(audit.kindChoices(), "Archiving"));
        assertThat(sentences(audit)).containsExactly("cy archived Churn risk: not needed");

        audit.kindProperty().set(choice(audit.kindChoices(), "Publishing"));
        assertThat(audit.rows()).isEmpty();
        assertThat(audit.noMatchesProperty().get()).isTrue();
    }

    @Test
    void filtersBySegmentNameInAnyCase() {
        AuditViewModel audit = open();

        audit.subjectProperty().set("vip");
        assertThat(audit.rows()).extracting(AuditRow::subject).containsExactly("Lapsed VIP", "VIP", "VIP", "VIP",
                "VIP");

        audit.subjectProperty().set("Lapsed");
        assertThat(sentences(audit)).containsExactly("ana created Lapsed VIP");
    }

    @Test
    void filtersByDaysInTheWorkspaceTimeZoneBothIncluded() {
        AuditViewModel audit = open();

        // 00:30 in Berlin on June 4 is still June 3 in UTC; 23:30 on June 3 is June 3 in both
        audit.fromProperty().set(LocalDate.of(2025, 6, 4));
        audit.toProperty().set(LocalDate.of(2025, 6, 4));
        assertThat(actions(audit)).containsExactly("segment.submitted");

        audit.fromProperty().set(LocalDate.of(2025, 6, 3));
        audit.toProperty().set(LocalDate.of(2025, 6, 5));
        assertThat(sentences(audit)).containsExactly("ana created Lapsed VIP", "bo approved VIP v2: looks right",
                "ana submitted VIP v2 for review: ready", "ana saved VIP v2: stricter");

        audit.toProperty().set(null);
        audit.fromProperty().set(LocalDate.of(2025, 6, 9));
        assertThat(actions(audit)).containsExactly("priority_group.created", "segment.archived");
    }

    @Test
    void filtersCombineAndClearTogether() {
        AuditViewModel audit = open();
        audit.actorProperty().set(choice(audit.actorChoices(), "ana"));
        audit.kindProperty().set(choice(audit.kindChoices(), "Edits"));
        audit.subjectProperty().set("VIP");
        audit.toProperty().set(LocalDate.of(2025, 6, 3));
        assertThat(sentences(audit)).containsExactly("ana saved VIP v2: stricter", "ana created VIP");

        audit.subjectProperty().set("nothing like this");
        assertThat(audit.noMatchesProperty().get()).isTrue();

        audit.clearFilters();
        assertThat(audit.rows()).hasSize(8);
        assertThat(audit.actorProperty().get()).isEqualTo(AuditViewModel.ANYONE);
        assertThat(audit.toProperty().get()).isNull();
        assertThat(audit.noMatchesProperty().get()).isFalse();
        assertThat(audit.filteredProperty().get()).isFalse();
    }

    @Test
    void chartsTheShownEntriesPerDayByKindAndPerPerson() {
        AuditViewModel audit = open();
        audit.fromProperty().set(LocalDate.of(2025, 6, 1));
        audit.toProperty().set(LocalDate.of(2025, 6, 10));

        assertThat(audit.activity()).hasSize(10);
        assertThat(audit.activity()).extracting(ActivityBar::label).startsWith("Jun 1", "Jun 2", "Jun 3");
        assertThat(audit.activity()).extracting(ActivityBar::total).containsExactly(0, 1, 1, 1, 2, 1, 0, 0, 1, 1);
        ActivityBar june5 = audit.activity().get(4);
        assertThat(june5.count(AuditKind.REVIEWS)).isEqualTo(1);
        assertThat(june5.count(AuditKind.EDITS)).isEqualTo(1);
        assertThat(audit.describe(june5, AuditKind.REVIEWS)).isEqualTo("Jun 5, 2025 · Reviews: 1");
        assertThat(audit.chartStep()).as("whole entries").isEqualTo(1);
        assertThat(audit.chartTop()).isEqualTo(2);
        assertThat(audit.mostActive()).containsExactly(new ActorActivity("ana", 4, 1.0),
                new ActorActivity("bo", 2, 0.5), new ActorActivity("cy", 2, 0.5));

        audit.showPeriod(june5);
        assertThat(actions(audit)).containsExactly("segment.created", "segment.approved");
        audit.showActor("bo");
        assertThat(actions(audit)).containsExactly("segment.approved");
    }

    @Test
    void theSpanComesFromTheTimesNotTheOrderEntriesWereWritten() {
        // written last, stamped first: a clock that was set back, or entries moved in from elsewhere
        shop.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (occurred_at, actor, action, target_type, target, details)
                        VALUES (TIMESTAMP WITH TIME ZONE '2025-06-01 10:00:00+02', 'dee', 'segment.evaluated',
                                'segment', 'VIP', 'version 2: 3 members, 3 entered, 0 exited')""")
                .execute());
        AuditViewModel audit = open();

        assertThat(audit.summaryProperty().get()).isEqualTo("9 entries by 4 people, Jun 1, 2025 – Jun 10, 2025");
        assertThat(audit.activity()).hasSize(10);
        assertThat(audit.activity().get(0).count(AuditKind.OTHER)).isEqualTo(1);
        assertThat(audit.rows().get(0).sentence()).isEqualTo("dee evaluated VIP v2: 3 members, 3 entered, 0 exited");
    }

    @Test
    void longRangesAreChartedByMonth() {
        AuditViewModel audit = open();
        audit.fromProperty().set(LocalDate.of(2025, 3, 15));

        assertThat(audit.activity()).extracting(ActivityBar::label).containsExactly("Mar '25", "Apr '25", "May '25",
                "Jun '25");
        assertThat(audit.activity().get(3).total()).isEqualTo(8);
        assertThat(audit.chartStep()).isEqualTo(2);
        assertThat(audit.chartTop()).isEqualTo(8);
        assertThat(audit.activity().get(3).last()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void showsTheNewestFiveHundredAndSaysWhenThereAreMore() {
        shop.jdbi().useTransaction(handle -> {
            for (int i = 0; i < AuditViewModel.LIMIT; i++) {
                AuditLog.record(handle, "dee", "segment.evaluated", "segment", "VIP", "version 2: " + i + " members");
            }
        });
        AuditViewModel audit = open();

        assertThat(audit.rows()).hasSize(AuditViewModel.LIMIT);
        assertThat(audit.rows().get(0).sentence()).isEqualTo("dee evaluated VIP v2: 499 members");
        assertThat(audit.limitReachedProperty().get()).isTrue();
        assertThat(audit.limitMessage()).isEqualTo("Showing the newest 500 entries — narrow the filters to see older ones.");

        audit.actorProperty().set(choice(audit.actorChoices(), "ana"));
        assertThat(audit.rows()).hasSize(4);
        assertThat(audit.limitReachedProperty().get()).isFalse();
    }

    @Test
    void exportsExactlyTheShownEntriesAsCsv() throws IOException {
        AuditViewModel audit = open();
        audit.kindProperty().set(choice(audit.kindChoices(), "Reviews"));
        audit.subjectProperty().set("vip");
        Path file = dir.resolve("reviews.csv");

        audit.export(file);

        List<List<String>> csv = parseCsv(file);
        assertThat(csv.get(0)).containsExactly("occurred_at", "actor", "action", "target_type", "target", "details");
        assertThat(csv.subList(1, csv.size())).containsExactly(
                List.of("2025-06-05T08:00:00Z", "bo", "segment.approved", "segment", "VIP", "version 2: looks right"),
                List.of("2025-06-03T22:30:00Z", "ana", "segment.submitted", "segment", "VIP", "version 2: ready"));
        assertThat(audit.exportNoticeProperty().get()).isEqualTo("Exported 2 entries to " + file);
        assertThat(audit.exportingProperty().get()).isFalse();
    }

    @Test
    void aFailedExportIsReportedWithTheFile() {
        AuditViewModel audit = open();
        Path file = dir.resolve("no such folder").resolve("audit.csv");

        audit.export(file);

        assertThat(errors.reports()).extracting(RecordingErrors.Report::title)
                .containsExactly("Cannot export the audit log to " + file);
        assertThat(audit.exportNoticeProperty().get()).isEmpty();
    }

    @Test
    void anAnswerToAnOlderRequestIsDropped() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        AuditViewModel audit = open(tasks, Debouncer.IMMEDIATE);
        assertThat(tasks.size()).isEqualTo(1);
        audit.actorProperty().set(new FilterChoice<>("bo", "bo"));
        assertThat(tasks.cancelled(0)).isTrue();

        tasks.finish(1);
        tasks.finish(0);

        assertThat(actions(audit)).containsExactly("priority_group.created", "segment.approved");
        assertThat(audit.loadingProperty().get()).isFalse();
    }

    @Test
    void typingReadsOnceThePausingDebouncerRuns() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        List<Runnable> waiting = new ArrayList<>();
        AuditViewModel audit = open(tasks, action -> {
            waiting.clear();
            waiting.add(action);
        });
        audit.subjectProperty().set("V");
        audit.subjectProperty().set("VI");
        audit.subjectProperty().set("VIP");
        assertThat(tasks.size()).as("only the opening read so far").isEqualTo(1);

        waiting.get(0).run();
        tasks.finish(1);

        assertThat(audit.rows()).hasSize(5);
    }

    @Test
    void anEmptyLogSaysSoWithoutFilters() {
        Workspace empty = Workspace.create(dir.resolve("empty"), BERLIN);
        try (empty) {
            AuditViewModel audit = new AuditViewModel(workspace, new SynchronousTaskRunner(), errors,
                    TestFormats.us(), Debouncer.IMMEDIATE);
            workspace.set(empty);

            assertThat(audit.rows()).isEmpty();
            assertThat(audit.nothingRecordedProperty().get()).isTrue();
            assertThat(audit.noMatchesProperty().get()).isFalse();
            assertThat(audit.activity()).isEmpty();
            assertThat(audit.exportFileName()).isEqualTo("Audit log - empty.csv");
        }
    }

    @Test
    void anotherWorkspaceStartsUnfilteredWithItsOwnPeople() {
        AuditViewModel audit = open();
        audit.actorProperty().set(choice(audit.actorChoices(), "cy"));
        Workspace other = Workspace.create(dir.resolve("other"), BERLIN);
        try (other) {
            other.audit().record("dee", "segment.evaluated", "segment", "Any", "version 1: 0 members");

            workspace.set(other);

            assertThat(audit.actorChoices()).extracting(FilterChoice::label).containsExactly("Anyone", "dee");
            assertThat(audit.actorProperty().get()).isEqualTo(AuditViewModel.ANYONE);
            assertThat(sentences(audit)).containsExactly("dee evaluated Any v1: 0 members");
        }
    }

    /** Read back with the importer's RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
    private static List<List<String>> parseCsv(Path file) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file, Delimiter.COMMA)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record.fields());
            }
        }
        return records;
    }
}
