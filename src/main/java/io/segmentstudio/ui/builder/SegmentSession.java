package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.LifecycleAction;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.workspace.SegmentCatalog;
import io.segmentstudio.workspace.SegmentVersions;
import io.segmentstudio.workspace.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * The segment the builder edits and its lifecycle: save the rule as a new segment or as a new
 * version, submit it for review, approve or reject it as the user the app acts as. The rules of the
 * lifecycle live in the workspace; this only runs its calls in the background and shows the outcome.
 */
public final class SegmentSession {
    /** The version on screen and what the acting user may do with it. */
    public record State(SegmentVersion version, Set<LifecycleAction> allowed) {
        public State {
            allowed = Set.copyOf(allowed);
        }
    }

    /** What a call left: the version, and what to tell the user about it (null to leave the notice alone). */
    private record Outcome(SegmentVersion version, String notice) {
        static Outcome of(SegmentVersion version) {
            return new Outcome(version, null);
        }

        static Outcome of(SegmentVersions.Saved saved) {
            return new Outcome(saved.version(), saved.warnings().isEmpty() ? "Saved version " + saved.version().version()
                    : "Saved version " + saved.version().version() + ". " + String.join(" ", saved.warnings()));
        }
    }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Supplier<Group> rule;
    private final StringProperty user;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Runnable changed;
    /** The rule as last opened or saved: what "unsaved changes" compares with; null before either. */
    private Group savedRule;
    private final javafx.beans.InvalidationListener userChanged = observable -> refresh();

    /**
     * @param rule the rule as the builder holds it now
     * @param user    who acts (author, submitter, reviewer); the desktop keeps it in the settings
     * @param changed told after every change to the catalog, on the UI thread
     */
    public SegmentSession(Workspace workspace, TaskRunner tasks, ErrorReporter errors, Supplier<Group> rule,
                          StringProperty user, Runnable changed) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.rule = rule;
        this.user = user;
        this.changed = changed;
        this.user.addListener(userChanged);
    }

    /** Stops following the acting user: the builder shows another session now. */
    public void close() {
        user.removeListener(userChanged);
    }

    /** Opens a saved segment's current version; hands its rule to the builder. */
    public void open(String segment, Consumer<Group> show) {
        String acting = user.get();
        tasks.run(BackgroundTask.of("Opening " + segment, progress -> {
                    SegmentVersion version = workspace.versions().current(segment);
                    Condition stored = workspace.versions().rule(segment, version.version());
                    Group tree = stored instanceof Group group ? group : Group.and("root", List.of(stored));
                    return Map.entry(new State(version, workspace.workflow().allowedActions(segment, acting)), tree);
                })
                .onSuccess(opened -> {
                    savedRule = opened.getValue();
                    state.set(opened.getKey());
                    notice.set("Opened version " + opened.getKey().version().version() + " of " + segment);
                    show.accept(opened.getValue());
                })
                .onFailure(error -> errors.report("Cannot open " + segment, error)));
    }

    /** Whether the builder holds edits that no version has: leaving it would lose them. */
    public boolean hasUnsavedChanges() {
        Group now = rule.get();
        return savedRule == null ? !now.children().isEmpty() : !savedRule.equals(now);
    }

    /** Saves the rule as a new segment (version 1, a draft). */
    public void saveAsNew(String name, String comment) {
        String author = user.get();
        Group saving = rule.get();
        String json = json(saving);
        run("Saving " + name, () -> Outcome.of(workspace.versions().create(new SegmentCatalog.NewSegment(name, "", "",
                List.of(), json), author, comment)), version -> savedRule = saving);
    }

    /** Saves the rule as the segment's next version (a new draft when the shown one was approved). */
    public void save(String comment) {
        String segment = requireSegment();
        String author = user.get();
        Group saving = rule.get();
        String json = json(saving);
        run("Saving " + segment, () -> Outcome.of(workspace.versions().save(segment, json, author, comment)),
                version -> savedRule = saving);
    }

    public void submit(String comment) {
        String segment = requireSegment();
        String acting = user.get();
        run("Submitting " + segment, () -> Outcome.of(workspace.workflow().submit(segment, acting, comment)), version -> { });
    }

    public void approve(String comment) {
        String segment = requireSegment();
        String acting = user.get();
        run("Approving " + segment, () -> Outcome.of(workspace.workflow().approve(segment, acting, comment)), version -> { });
    }

    public void reject(String comment) {
        String segment = requireSegment();
        String acting = user.get();
        run("Rejecting " + segment, () -> Outcome.of(workspace.workflow().reject(segment, acting, comment)), version -> { });
    }

    private String requireSegment() {
        State shown = state.get();
        if (shown == null) {
            throw new IllegalStateException("save the rule as a segment first");
        }
        return shown.version().segment();
    }

    private static String json(Group tree) {
        return new NativeRuleJson().write(SegmentDefinition.of(tree));
    }

    /** Runs a lifecycle call in the background, then shows the version it left and the actions now allowed. */
    private void run(String title, Supplier<Outcome> call, Consumer<SegmentVersion> then) {
        String acting = user.get();
        tasks.run(BackgroundTask.of(title, progress -> {
                    Outcome outcome = call.get();
                    State next = new State(outcome.version(), workspace.workflow().allowedActions(outcome.version().segment(), acting));
                    return Map.entry(next, Optional.ofNullable(outcome.notice()));
                })
                .onSuccess(done -> {
                    state.set(done.getKey());
                    done.getValue().ifPresent(notice::set);
                    then.accept(done.getKey().version());
                    changed.run();
                })
                .onFailure(error -> errors.report(title + " failed", error)));
    }

    /** Reads the shown segment's status again (after the catalog changed it, or the acting user changed). */
    public void refresh() {
        State shown = state.get();
        if (shown != null) {
            String segment = shown.version().segment();
            String acting = user.get();
            tasks.run(BackgroundTask.of("Checking " + segment, progress -> new State(workspace.versions().current(segment),
                            workspace.workflow().allowedActions(segment, acting)))
                    .onSuccess(state::set)
                    .onFailure(error -> errors.report("Cannot read " + segment, error)));
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The result of the last save: its version and any naming-convention warning. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty userProperty() {
        return user;
    }
}
