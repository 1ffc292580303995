package io.segmentstudio.ui.shell;

import io.segmentstudio.app.AppContext;
import io.segmentstudio.app.SampleWorkspaces;
import io.segmentstudio.app.Settings;
import io.segmentstudio.app.SettingsStore;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.RunningTask;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.Theme;
import io.segmentstudio.workspace.Workspace;
import io.segmentstudio.workspace.WorkspaceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's state: which workspace is open, which page shows, the recent list and the theme. Opening,
 * creating and closing workspaces run as background tasks; the one in flight is {@link #activeTaskProperty}.
 */
public final class ShellViewModel {
    private final SettingsStore settings;
    private final SampleWorkspaces samples;
    private final Path workspacesDirectory;
    private final ZoneId zone;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunningTask> activeTask = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<RecentWorkspace> recent = FXCollections.observableArrayList();
    private final ObservableList<RecentWorkspace> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.SEGMENTS);
    private final ObjectProperty<Theme> theme;
    private final StringBinding title;

    public ShellViewModel(AppContext context, TaskRunner tasks, ErrorReporter errors) {
        this.settings = context.settings();
        this.samples = context.samples();
        this.workspacesDirectory = context.directories().workspacesDirectory();
        this.zone = context.clock().getZone();
        this.tasks = tasks;
        this.errors = errors;
        this.theme = new SimpleObjectProperty<>(Theme.fromKey(settings.get().theme()));
        theme.addListener((observable, old, now) -> saveSettings(s -> s.withTheme(now.key())));
        title = Bindings.createStringBinding(() -> workspace.get() == null ? "Segment Studio"
                : "Segment Studio — " + workspace.get().name(), workspace);
        refreshRecent();
    }

    /** Opens the most recent workspace if it still opens, otherwise the retail demo. */
    public void startup() {
        Optional<Path> last = settings.get().recentWorkspaces().stream().findFirst();
        if (last.isEmpty()) {
            openSample(SampleWorkspaces.RETAIL_DEMO, this::sampleUnavailable);
            return;
        }
        Path file = last.get();
        run("Opening " + WorkspaceFile.of(file).displayName(), progress -> Workspace.open(file), error -> {
            notice.set("Could not reopen " + file.getFileName() + ": " + error.getMessage());
            openSample(SampleWorkspaces.RETAIL_DEMO, this::sampleUnavailable);
        });
    }

    public void open(Path file) {
        run("Opening " + WorkspaceFile.of(file).displayName(), progress -> Workspace.open(file),
                error -> errors.report("Cannot open the workspace", error));
    }

    public void create(Path file) {
        run("Creating " + WorkspaceFile.of(file).displayName(), progress -> Workspace.create(file, zone),
                error -> errors.report("Cannot create the workspace", error));
    }

    /** Opens a sample, building it first (about ten seconds) when this is its first use. */
    public void openSample(SampleWorkspaces.Sample sample) {
        openSample(sample, error -> errors.report("Cannot open the " + sample.title() + " sample", error));
    }

    private void openSample(SampleWorkspaces.Sample sample, Consumer<Throwable> failure) {
        String verb = samples.isBuilt(sample) ? "Opening the " : "Preparing the ";
        run(verb + sample.title() + " sample", progress -> Workspace.open(samples.ensureBuilt(sample, progress)),
                failure);
    }

    private void sampleUnavailable(Throwable error) {
        String before = notice.get().isEmpty() ? "" : notice.get() + "\n";
        notice.set(before + "The retail demo sample could not be prepared: " + error.getMessage());
    }

    public void close() {
        cancelActiveTask();
        replaceWorkspace(null);
    }

    /** Closes the workspace on the calling thread: the window is going away and the app with it. */
    public void shutdown() {
        cancelActiveTask();
        Workspace open = workspace.get();
        workspace.set(null);
        if (open != null) {
            open.close();
        }
    }

    public void cancelActiveTask() {
        RunningTask running = activeTask.get();
        if (running != null) {
            running.cancel();
            activeTask.set(null);
        }
    }

    public List<SampleWorkspaces.Sample> samples() {
        return samples.available();
    }

    private void run(String title, BackgroundTask.Work<Workspace> work, Consumer<Throwable> failure) {
        cancelActiveTask();
        RunningTask running = tasks.run(BackgroundTask.of(title, work)
                .onSuccess(opened -> {
                    activeTask.set(null);
                    replaceWorkspace(opened);
                })
                .onFailure(error -> {
                    activeTask.set(null);
                    failure.accept(error);
                })
                .onCancelled(() -> activeTask.set(null))
                .onDiscarded(Workspace::close));
        if (!running.isDone()) {
            activeTask.set(running);
        }
    }

    private void replaceWorkspace(Workspace next) {
        Workspace previous = workspace.get();
        workspace.set(next);
        if (previous != null) {
            tasks.run(BackgroundTask.of("Closing " + previous.name(), progress -> {
                previous.close();
                return null;
            }).onFailure(error -> errors.report("Cannot close " + previous.name(), error)));
        }
        if (next != null) {
            notice.set("");
            saveSettings(s -> s.withRecentWorkspace(next.file().file()));
        }
    }

    private void saveSettings(UnaryOperator<Settings> change) {
        tasks.run(BackgroundTask.of("Saving settings", progress -> {
            settings.update(change);
            return null;
        }).onSuccess(ignored -> refreshRecent()));
    }

    /** Re-reads the recent list, checking off the UI thread which files still exist. */
    private void refreshRecent() {
        List<Path> files = settings.get().recentWorkspaces();
        tasks.run(BackgroundTask.of("Checking recent workspaces", progress -> files.stream()
                        .map(file -> new RecentWorkspace(file, WorkspaceFile.of(file).displayName(), Files.isRegularFile(file)))
                        .toList())
                .onSuccess(recent::setAll));
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunningTask> activeTaskProperty() {
        return activeTask.getReadOnlyProperty();
    }

    /** Why the startup did not open anything, shown on the welcome pane; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Most recent first. */
    public ObservableList<RecentWorkspace> recentWorkspaces() {
        return recentView;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** Where the New and Open dialogs start: next to the open workspace, else the app's workspaces folder. */
    public Path workspacesFolder() {
        Workspace open = workspace.get();
        return open != null ? open.file().file().getParent() : workspacesDirectory;
    }
}
