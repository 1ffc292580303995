package io.segmentstudio.ui.common;

import io.segmentstudio.workspace.Workspace;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Reads something from the open workspace in the background, again whenever the workspace changes.
 * A newer read cancels an older one, so a slow answer about the previous workspace never shows.
 *
 * @param <T> what is read
 */
public final class WorkspaceQuery<T> {
    private final ObservableValue<Workspace> workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final String what;
    private final Function<Workspace, T> read;
    private final Consumer<T> show;
    private final Runnable clear;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private RunningTask pending;

    /**
     * @param what  what is read, for the progress message and errors ("segments")
     * @param show  receives each answer on the UI thread
     * @param clear forgets the shown answer when the workspace is closed or replaced
     */
    public WorkspaceQuery(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors, String what,
                          Function<Workspace, T> read, Consumer<T> show, Runnable clear) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.what = what;
        this.read = read;
        this.show = show;
        this.clear = clear;
        workspace.addListener((observable, old, now) -> {
            clear.run();
            reload();
        });
        reload();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Reads again from the current workspace, keeping the shown answer until the new one arrives. */
    public void reload() {
        if (pending != null) {
            pending.cancel();
        }
        Workspace current = workspace.getValue();
        if (current == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        pending = tasks.run(BackgroundTask.of("Loading " + what, progress -> read.apply(current))
                .onSuccess(answer -> {
                    loading.set(false);
                    show.accept(answer);
                })
                .onFailure(error -> {
                    loading.set(false);
                    clear.run();
                    errors.report("Cannot load the " + what + " of " + current.name(), error);
                }));
    }
}
