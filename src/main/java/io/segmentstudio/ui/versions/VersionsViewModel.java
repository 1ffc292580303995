package io.segmentstudio.ui.versions;

import io.segmentstudio.domain.LifecycleAction;
import io.segmentstudio.domain.SegmentLifecycle;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.engine.diff.RuleDiff;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.RunningTask;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.workspace.Workspace;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The versions of one segment: its history, the rule-level diff of two chosen versions as one merged
 * tree, and restoring an old version as a new draft. Reads run in the background; an answer about a
 * segment, workspace or pair no longer shown is dropped.
 *
 * <p>Selecting a version compares it with the current one (what restoring it would change back); the
 * current version is compared with the one before it. Any other pair can be chosen directly.
 */
public final class VersionsViewModel {
    private final ObservableValue<Workspace> workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Formats formats;
    private final ObservableStringValue user;
    private final SegmentLifecycle lifecycle = new SegmentLifecycle();

    private final StringProperty segment = new SimpleStringProperty();
    private final ObservableList<SegmentVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<SegmentVersion> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<SegmentVersion> older = new SimpleObjectProperty<>();
    private final ObjectProperty<SegmentVersion> newer = new SimpleObjectProperty<>();
    private final ObservableList<DiffRow> diffRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper diffSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sameRule = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadingHistory = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper restoring = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final BooleanBinding loading = loadingHistory.or(comparing).or(restoring);
    private final StringBinding restoreText;
    private final StringBinding restoreHint;
    private final BooleanBinding canRestore;
    private final StringBinding emptyMessage;
    private final StringBinding diffMessage;
    private final StringBinding count;

    /** Requests answered so far: an answer to an older request than the latest is stale. */
    private int historyRequest;
    private int diffRequest;
    private RunningTask historyTask;
    private RunningTask diffTask;
    /** Set while both ends of the pair change together, so that only one diff is read. */
    private boolean choosingPair;

    /**
     * @param user who restores: the name the app acts as (the builder's "acting as")
     */
    public VersionsViewModel(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                             Formats formats, ObservableStringValue user) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.formats = formats;
        this.user = user;
        restoreText = Bindings.createStringBinding(() -> selected.get() == null ? "Restore as a new draft…"
                : "Restore v" + selected.get().version() + " as a new draft…", selected);
        restoreHint = Bindings.createStringBinding(this::whyNoRestore, selected, versions, user, restoring);
        canRestore = Bindings.createBooleanBinding(() -> whyNoRestore().isEmpty(), selected, versions, user, restoring);
        emptyMessage = Bindings.createStringBinding(this::describeEmpty, segment, versions, loadingHistory);
        diffMessage = Bindings.createStringBinding(() -> versions.size() == 1 ? "Only one version so far. Every save"
                + " adds one; with two, this shows what changed between them, condition by condition." : "", versions);
        count = Bindings.createStringBinding(() -> formats.count(versions.size())
                + (versions.size() == 1 ? " version" : " versions"), versions);
        segment.addListener((observable, old, now) -> loadHistory(false));
        workspace.addListener((observable, old, now) -> loadHistory(false));
        selected.addListener((observable, old, now) -> compareFor(now));
        older.addListener((observable, old, now) -> pairChanged());
        newer.addListener((observable, old, now) -> pairChanged());
    }

    /** Reads the history of the shown segment again, e.g. after it was saved elsewhere. */
    public void reload() {
        loadHistory(true);
    }

    /**
     * Saves the version's rule again as the segment's next version, a draft, as the acting user; then the
     * history is read again and {@link #revisionProperty()} moves so that a host can refresh.
     */
    public void restoreAsDraft(int version, String comment) {
        String name = segment.get();
        Workspace open = workspace.getValue();
        String actor = user.get();
        if (name == null || open == null) {
            return;
        }
        restoring.set(true);
        tasks.run(BackgroundTask.of("Restoring v" + version + " of " + name,
                        progress -> open.versions().restore(name, version, actor, comment))
                .onSuccess(saved -> {
                    restoring.set(false);
                    notice.set("Restored v" + version + " as v" + saved.version().version() + ", a draft"
                            + (saved.warnings().isEmpty() ? "" : ". " + String.join(" ", saved.warnings())));
                    revision.set(revision.get() + 1);
                    if (name.equals(segment.get()) && open == workspace.getValue()) {
                        loadHistory(true);
                    }
                })
                .onFailure(error -> {
                    restoring.set(false);
                    errors.report("Cannot restore v" + version + " of “" + name + "”", error);
                }));
    }

    private void loadHistory(boolean keepShown) {
        int request = ++historyRequest;
        cancel(historyTask);
        String name = segment.get();
        Workspace open = workspace.getValue();
        if (!keepShown) {
            notice.set("");
            choose(null, null);
            selected.set(null);
            versions.clear();
        }
        if (name == null || open == null) {
            loadingHistory.set(false);
            return;
        }
        loadingHistory.set(true);
        historyTask = tasks.run(BackgroundTask.of("Reading the versions of " + name,
                        progress -> open.versions().history(name))
                .onSuccess(history -> {
                    if (request == historyRequest) {
                        loadingHistory.set(false);
                        showHistory(history);
                    }
                })
                .onFailure(error -> {
                    if (request == historyRequest) {
                        loadingHistory.set(false);
                        versions.clear();
                        errors.report("Cannot read the versions of “" + name + "”", error);
                    }
                }));
    }

    private void showHistory(List<SegmentVersion> history) {
        versions.setAll(history);
        selected.set(null); // so that a list showing the new history selects the newest even if it was selected
        selected.set(history.isEmpty() ? null : history.get(0));
    }

    /** The pair a selection stands for: it against the current version, or the current one against its predecessor. */
    private void compareFor(SegmentVersion version) {
        if (version == null || versions.size() < 2) {
            choose(null, null);
            return;
        }
        SegmentVersion current = versions.get(0);
        choose(version.equals(current) ? versions.get(1) : version, current);
    }

    /** Compares two versions: what changed from {@code from} to {@code to}. */
    public void compare(SegmentVersion from, SegmentVersion to) {
        choose(from, to);
    }

    private void choose(SegmentVersion from, SegmentVersion to) {
        choosingPair = true;
        try {
            older.set(from);
            newer.set(to);
        } finally {
            choosingPair = false;
        }
        pairChanged();
    }

    private void pairChanged() {
        if (!choosingPair) {
            loadDiff();
        }
    }

    private void loadDiff() {
        int request = ++diffRequest;
        cancel(diffTask);
        diffRows.clear();
        diffSummary.set("");
        sameRule.set(false);
        SegmentVersion from = older.get();
        SegmentVersion to = newer.get();
        String name = segment.get();
        Workspace open = workspace.getValue();
        if (from == null || to == null || name == null || open == null) {
            comparing.set(false);
            return;
        }
        comparing.set(true);
        String pair = "v" + from.version() + " and v" + to.version();
        diffTask = tasks.run(BackgroundTask.of("Comparing " + pair + " of " + name, progress -> {
                    Condition before = open.versions().rule(name, from.version());
                    Condition after = open.versions().rule(name, to.version());
                    return MergedDiff.rows(before, after, RuleDiff.between(before, after));
                })
                .onSuccess(rows -> {
                    if (request == diffRequest) {
                        comparing.set(false);
                        diffRows.setAll(rows);
                        String summary = MergedDiff.summary(rows);
                        sameRule.set(summary.isEmpty());
                        diffSummary.set(summary.isEmpty() ? "No differences: " + pair + " have the same rule"
                                : summary);
                    }
                })
                .onFailure(error -> {
                    if (request == diffRequest) {
                        comparing.set(false);
                        errors.report("Cannot compare " + pair + " of “" + name + "”", error);
                    }
                }));
    }

    private static void cancel(RunningTask task) {
        if (task != null) {
            task.cancel();
        }
    }

    /** Why the selected version cannot be restored now; "" when it can. */
    private String whyNoRestore() {
        SegmentVersion chosen = selected.get();
        if (chosen == null || versions.isEmpty()) {
            return "Select an older version to restore it.";
        }
        SegmentVersion current = versions.get(0);
        if (versions.size() == 1) {
            return "There is no older version to restore yet.";
        }
        if (chosen.equals(current)) {
            return "v" + chosen.version() + " is the current version; select an older one to restore it.";
        }
        if (restoring.get()) {
            return "Restoring…";
        }
        Optional<String> refusal = lifecycle.refusal(current.subject(), LifecycleAction.EDIT, user.get(), "");
        return refusal.map(reason -> "Cannot restore now, v" + current.version() + " being current: " + reason + ".")
                .orElse("");
    }

    private String describeEmpty() {
        if (segment.get() == null) {
            return "Select a segment to see its versions.";
        }
        if (loadingHistory.get()) {
            return "";
        }
        return versions.isEmpty() ? "“" + segment.get() + "” has no saved versions." : "";
    }

    /** "v3". */
    public String title(SegmentVersion version) {
        return "v" + version.version();
    }

    /** "ana · 5 min ago". */
    public String meta(SegmentVersion version) {
        return version.author() + " · " + formats.ago(version.createdAt(), zone());
    }

    /** The date and time it was saved, for a tooltip. */
    public String savedAt(SegmentVersion version) {
        return "Saved " + formats.dateTime(version.createdAt(), zone()) + " by " + version.author();
    }

    public String comment(SegmentVersion version) {
        return version.comment().isBlank() ? "No comment" : version.comment();
    }

    /** "v3 · Draft", for choosing a version to compare. */
    public String choice(SegmentVersion version) {
        return version == null ? "" : title(version) + " · " + version.status().label();
    }

    private ZoneId zone() {
        Workspace open = workspace.getValue();
        return open == null ? ZoneId.systemDefault() : open.timeZone();
    }

    /** The segment shown, by name; null shows nothing. */
    public StringProperty segmentProperty() {
        return segment;
    }

    /** Newest first. */
    public ObservableList<SegmentVersion> versions() {
        return versions;
    }

    /** The version looked at in the list: restore acts on it, and choosing it picks the pair to compare. */
    public ObjectProperty<SegmentVersion> selectedProperty() {
        return selected;
    }

    /** The version compared from. */
    public ObjectProperty<SegmentVersion> olderProperty() {
        return older;
    }

    /** The version compared to. */
    public ObjectProperty<SegmentVersion> newerProperty() {
        return newer;
    }

    /** The merged tree of the chosen pair, in reading order; empty while reading or with no pair. */
    public ObservableList<DiffRow> diffRows() {
        return diffRows;
    }

    /** "2 added · 1 removed · 1 changed", or that the two have the same rule; "" while reading. */
    public ReadOnlyStringProperty diffSummaryProperty() {
        return diffSummary.getReadOnlyProperty();
    }

    /** The two versions compared have the same rule. */
    public ReadOnlyBooleanProperty sameRuleProperty() {
        return sameRule.getReadOnlyProperty();
    }

    public BooleanBinding loadingProperty() {
        return loading;
    }

    public StringBinding restoreTextProperty() {
        return restoreText;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    /** Why restore is not possible now; "" when it is. */
    public StringBinding restoreHintProperty() {
        return restoreHint;
    }

    /** What the last restore did ("Restored v1 as v3, a draft"); "" before. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Moves after every change this pane made to the segment, so a host can refresh what it shows. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** What to show instead of the pane when there is no history to show (no segment, or none saved); "" otherwise. */
    public StringBinding emptyMessageProperty() {
        return emptyMessage;
    }

    /** "3 versions". */
    public StringBinding countProperty() {
        return count;
    }

    /** What to show instead of the diff when there is nothing to compare (one version); "" otherwise. */
    public StringBinding diffMessageProperty() {
        return diffMessage;
    }
}
