package io.segmentstudio.ui.audit;

import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.Debouncer;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.RunningTask;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.workspace.AuditCsv;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.Workspace;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log page: who did what and when, filtered by person, kind of action, subject and days, with
 * the activity of the shown entries over time and by person, and an export of exactly what is shown.
 * Every change of a filter reads again in the background (after a pause while typing); an answer to an
 * older request is dropped.
 */
public final class AuditViewModel {
    /** The newest this many entries are shown; older ones need narrower filters. */
    public static final int LIMIT = 500;
    static final FilterChoice<String> ANYONE = FilterChoice.any("Anyone");
    static final FilterChoice<AuditKind> ALL_ACTIONS = FilterChoice.any("All actions");
    private static final int MOST_ACTIVE = 5;

    /** One answer: the rows (at most the limit), whether there were more, and what the chart and choices need. */
    private record Loaded(List<AuditRow> rows, boolean more, List<String> actors, List<ActivityBar> activity,
                          List<ActorActivity> mostActive) {
    }

    /** The filters as they were when a read started: the answer is worked out against these. */
    private record Filters(String actor, AuditKind kind, String subject, LocalDate from, LocalDate to) {
        boolean any() {
            return actor != null || kind != null || !subject.isBlank() || from != null || to != null;
        }
    }

    private final ObservableValue<Workspace> workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Formats formats;
    private final Debouncer debouncer;
    private final AuditSentences sentences;

    private final ObservableList<FilterChoice<String>> actors = FXCollections.observableArrayList(ANYONE);
    private final ObservableList<FilterChoice<AuditKind>> kinds = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(offeredKinds()));
    private final ObjectProperty<FilterChoice<String>> actor = new SimpleObjectProperty<>(ANYONE);
    private final ObjectProperty<FilterChoice<AuditKind>> kind = new SimpleObjectProperty<>(ALL_ACTIONS);
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ActivityBar> activity = FXCollections.observableArrayList();
    private final ObservableList<ActorActivity> mostActive = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper limitReached = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper exportNotice = new ReadOnlyStringWrapper("");
    private final BooleanBinding noMatches;
    private final BooleanBinding nothingRecorded;

    /** Counts requests: only the answer to the latest is shown. */
    private long generation;
    private RunningTask pending;
    /** Set while several filters change together, so they cause one read instead of one each. */
    private boolean settingFilters;

    /** @param debouncer waits for a pause in typing before reading again ({@link Debouncer#IMMEDIATE} in tests) */
    public AuditViewModel(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                          Formats formats, Debouncer debouncer) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.formats = formats;
        this.debouncer = debouncer;
        this.sentences = new AuditSentences(formats);
        for (ObservableValue<?> filter : List.of(actor, kind, subject, from, to)) {
            filter.addListener((observable, old, now) -> filterChanged());
        }
        noMatches = Bindings.isEmpty(rows).and(loaded).and(filtered);
        nothingRecorded = Bindings.isEmpty(rows).and(loaded).and(filtered.not());
        workspace.addListener((observable, old, now) -> {
            loaded.set(false);
            rows.clear();
            activity.clear();
            mostActive.clear();
            exportNotice.set("");
            // the people of the previous workspace are not this one's
            setFilters(() -> {
                actors.setAll(ANYONE);
                resetFilters();
            });
        });
        reload();
    }

    private static List<FilterChoice<AuditKind>> offeredKinds() {
        List<FilterChoice<AuditKind>> choices = new ArrayList<>(List.of(ALL_ACTIONS));
        for (AuditKind each : AuditKind.values()) {
            if (each != AuditKind.OTHER) {
                choices.add(new FilterChoice<>(each, each.label()));
            }
        }
        return choices;
    }

    private void filterChanged() {
        if (!settingFilters) {
            debouncer.schedule(this::reload);
        }
    }

    /** Back to everything; reads once. */
    public void clearFilters() {
        setFilters(this::resetFilters);
    }

    private void resetFilters() {
        actor.set(ANYONE);
        kind.set(ALL_ACTIONS);
        subject.set("");
        from.set(null);
        to.set(null);
    }

    /** Narrows the days to one bar of the chart. */
    public void showPeriod(ActivityBar bar) {
        setFilters(() -> {
            from.set(bar.first());
            to.set(bar.last());
        });
    }

    /** Narrows to one person (from the "most active" list). */
    public void showActor(String name) {
        actors.stream().filter(choice -> name.equals(choice.value())).findFirst().ifPresent(actor::set);
    }

    private void setFilters(Runnable changes) {
        settingFilters = true;
        try {
            changes.run();
        } finally {
            settingFilters = false;
        }
        reload();
    }

    /** Reads again now with the current filters, keeping what is shown until the answer arrives. */
    public void refresh() {
        reload();
    }

    private void reload() {
        if (pending != null) {
            pending.cancel();
        }
        long request = ++generation;
        Workspace open = workspace.getValue();
        Filters filters = new Filters(actor.get().value(), kind.get().value(), subject.get(), from.get(), to.get());
        filtered.set(filters.any());
        if (open == null) {
            loading.set(false);
            loaded.set(false);
            summary.set("");
            return;
        }
        loading.set(true);
        pending = tasks.run(BackgroundTask.of("Reading the audit log", progress -> read(open, filters))
                .onSuccess(answer -> {
                    if (request == generation) {
                        show(answer);
                    }
                })
                .onFailure(error -> {
                    if (request == generation) {
                        loading.set(false);
                        errors.report("Cannot read the audit log of " + open.name(), error);
                    }
                }));
    }

    private Loaded read(Workspace open, Filters filters) {
        ZoneId zone = open.timeZone();
        AuditLog audit = open.audit();
        List<AuditLog.Entry> entries = audit.query(AuditLog.Query.all()
                .byActor(filters.actor())
                .byActions(filters.kind() == null ? List.of() : filters.kind().actions())
                .aboutNameContaining(filters.subject())
                .between(startOf(filters.from(), zone), startOf(filters.to() == null ? null : filters.to().plusDays(1),
                        zone))
                .limit(LIMIT + 1));
        boolean more = entries.size() > LIMIT;
        List<AuditRow> read = entries.stream().limit(LIMIT).map(entry -> row(entry, zone)).toList();
        AuditActivity activityOf = new AuditActivity(formats, zone);
        List<ActivityBar> bars = List.of();
        if (!read.isEmpty()) {
            // the chart spans the chosen days, or the shown entries' days where no day is chosen or the limit cut
            LocalDate first = filters.from() == null || more ? LocalDate.ofInstant(oldest(read), zone) : filters.from();
            LocalDate last = filters.to() == null ? LocalDate.ofInstant(newest(read), zone) : filters.to();
            bars = activityOf.bars(read, first, last);
        }
        return new Loaded(read, more, audit.actors(), bars, AuditActivity.mostActive(read, MOST_ACTIVE));
    }

    /** Entries come in the order they were written, which a clock set back can make differ from their times. */
    private static Instant oldest(List<AuditRow> rows) {
        return rows.stream().map(row -> row.entry().occurredAt()).min(Instant::compareTo).orElseThrow();
    }

    private static Instant newest(List<AuditRow> rows) {
        return rows.stream().map(row -> row.entry().occurredAt()).max(Instant::compareTo).orElseThrow();
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private AuditRow row(AuditLog.Entry entry, ZoneId zone) {
        return new AuditRow(entry, AuditKind.of(entry.action()), AuditSentences.label(entry.action()),
                AuditSentences.subject(entry), sentences.sentence(entry, zone));
    }

    private void show(Loaded answer) {
        loading.set(false);
        loaded.set(true);
        rows.setAll(answer.rows());
        activity.setAll(answer.activity());
        mostActive.setAll(answer.mostActive());
        limitReached.set(answer.more());
        List<FilterChoice<String>> choices = new ArrayList<>(List.of(ANYONE));
        answer.actors().forEach(name -> choices.add(new FilterChoice<>(name, name)));
        if (!choices.equals(actors)) {
            // a combo box may drop its value while its items are replaced: the chosen person stays chosen
            FilterChoice<String> chosen = actor.get();
            settingFilters = true;
            try {
                actors.setAll(choices);
                actor.set(chosen);
            } finally {
                settingFilters = false;
            }
        }
        summary.set(describe(answer.rows()));
    }

    /** "42 entries by 3 people, Jun 3, 2025 – Jun 30, 2025". */
    private String describe(List<AuditRow> shown) {
        if (shown.isEmpty()) {
            return "No entries";
        }
        Set<String> people = shown.stream().map(row -> row.entry().actor()).collect(Collectors.toSet());
        String newest = formats.date(newest(shown), zone());
        String oldest = formats.date(oldest(shown), zone());
        return formats.count(shown.size()) + (shown.size() == 1 ? " entry" : " entries") + " by "
                + formats.count(people.size()) + (people.size() == 1 ? " person" : " people") + ", "
                + (oldest.equals(newest) ? newest : oldest + " – " + newest);
    }

    /** Writes the shown entries, newest first, as CSV to the file, in the background. */
    public void export(Path file) {
        List<AuditLog.Entry> shown = rows.stream().map(AuditRow::entry).toList();
        exporting.set(true);
        exportNotice.set("");
        tasks.run(BackgroundTask.of("Exporting the audit log", progress -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                AuditCsv.write(shown, out);
            }
            return shown.size();
        }).onSuccess(count -> {
            exporting.set(false);
            exportNotice.set("Exported " + formats.count(count) + (count == 1 ? " entry" : " entries") + " to "
                    + file);
        }).onFailure(error -> {
            exporting.set(false);
            errors.report("Cannot export the audit log to " + file, error);
        }));
    }

    /** What the save dialog proposes: "Audit log - shop.csv". */
    public String exportFileName() {
        Workspace open = workspace.getValue();
        return "Audit log" + (open == null ? "" : " - " + open.name()) + ".csv";
    }

    public void dismissExportNotice() {
        exportNotice.set("");
    }

    /** A time in the workspace's zone: "Jun 30, 2025, 2:00 PM". */
    public String time(Instant instant) {
        return formats.dateTime(instant, zone());
    }

    /** How many entries a person has, in the locale: "1,204". */
    public String entries(ActorActivity person) {
        return formats.count(person.entries());
    }

    /** Step of the chart's count axis: whole entries, at most five steps. */
    public int chartStep() {
        return AuditActivity.step(activity);
    }

    /** Top of the chart's count axis: the tallest bar rounded up to a step. */
    public int chartTop() {
        int step = chartStep();
        int most = activity.stream().mapToInt(ActivityBar::total).max().orElse(0);
        return Math.max(step, (most + step - 1) / step * step);
    }

    /** A bar's part in words: "Jun 3, 2025 · Reviews: 4". */
    public String describe(ActivityBar bar, AuditKind part) {
        return bar.name() + " · " + part.label() + ": " + formats.count(bar.count(part));
    }

    private ZoneId zone() {
        Workspace open = workspace.getValue();
        return open == null ? ZoneId.systemDefault() : open.timeZone();
    }

    public ObservableList<FilterChoice<String>> actorChoices() {
        return actors;
    }

    public ObservableList<FilterChoice<AuditKind>> kindChoices() {
        return kinds;
    }

    public ObjectProperty<FilterChoice<String>> actorProperty() {
        return actor;
    }

    public ObjectProperty<FilterChoice<AuditKind>> kindProperty() {
        return kind;
    }

    /** Part of the name of what an entry is about, any case. */
    public StringProperty subjectProperty() {
        return subject;
    }

    /** First day shown, in the workspace's time zone; null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day shown (included); null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The shown entries, newest first. */
    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ObservableList<ActivityBar> activity() {
        return activity;
    }

    public ObservableList<ActorActivity> mostActive() {
        return mostActive;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** More entries match than are shown: the filters should narrow. */
    public ReadOnlyBooleanProperty limitReachedProperty() {
        return limitReached.getReadOnlyProperty();
    }

    /** The limit notice. */
    public String limitMessage() {
        return "Showing the newest " + formats.count(LIMIT) + " entries — narrow the filters to see older ones.";
    }

    /** "42 entries by 3 people, Jun 3, 2025 – Jun 30, 2025". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** Filters are set and nothing matches them. */
    public BooleanBinding noMatchesProperty() {
        return noMatches;
    }

    /** The workspace has no entries at all. */
    public BooleanBinding nothingRecordedProperty() {
        return nothingRecorded;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** "Exported 42 entries to …" after an export; "" otherwise. */
    public ReadOnlyStringProperty exportNoticeProperty() {
        return exportNotice.getReadOnlyProperty();
    }
}
