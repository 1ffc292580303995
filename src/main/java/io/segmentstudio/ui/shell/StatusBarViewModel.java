package io.segmentstudio.ui.shell;

import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.RunningTask;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar: what is open, how big it is, when it last synced, and the task in flight. */
public final class StatusBarViewModel {
    /** What the status bar reads from a workspace. */
    record Facts(long profiles, long events, Optional<Instant> lastSync) {
    }

    private final ReadOnlyObjectProperty<Workspace> workspace;
    private final ReadOnlyObjectProperty<RunningTask> activeTask;
    private final Formats formats;
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper("No workspace open");
    private final ReadOnlyStringWrapper workspaceFile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profiles = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper events = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");

    public StatusBarViewModel(ReadOnlyObjectProperty<Workspace> workspace, ReadOnlyObjectProperty<RunningTask> activeTask,
                              TaskRunner tasks, ErrorReporter errors, Formats formats) {
        this.workspace = workspace;
        this.activeTask = activeTask;
        this.formats = formats;
        workspace.addListener((observable, old, now) -> showIdentity(now));
        showIdentity(workspace.get());
        new WorkspaceQuery<>(workspace, tasks, errors, "workspace summary",
                open -> new Facts(open.profiles().count(), open.events().count(), open.syncStates().lastSync()),
                this::show, this::clearFacts);
    }

    private void showIdentity(Workspace open) {
        workspaceName.set(open == null ? "No workspace open" : open.name());
        workspaceFile.set(open == null ? "" : open.file().toString());
    }

    private void show(Facts facts) {
        profiles.set(formats.count(facts.profiles()) + (facts.profiles() == 1 ? " profile" : " profiles"));
        events.set(formats.count(facts.events()) + (facts.events() == 1 ? " event" : " events"));
        lastSync.set(facts.lastSync().map(at -> "Last sync " + formats.ago(at, workspace.get().timeZone()))
                .orElse("Never synced"));
    }

    private void clearFacts() {
        profiles.set("");
        events.set("");
        lastSync.set("");
    }

    public void cancelTask() {
        RunningTask running = activeTask.get();
        if (running != null) {
            running.cancel();
        }
    }

    public ReadOnlyObjectProperty<RunningTask> activeTaskProperty() {
        return activeTask;
    }

    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    /** Full path of the workspace file, for the tooltip. */
    public ReadOnlyStringProperty workspaceFileProperty() {
        return workspaceFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profilesProperty() {
        return profiles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eventsProperty() {
        return events.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }
}
