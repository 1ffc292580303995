package io.segmentstudio.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;

/** Shows whichever task an observable points at: its progress and message, and the container only while one runs. */
public final class TaskProgress {
    private TaskProgress() {
    }

    public static void bind(ObservableValue<RunningTask> task, Node container, ProgressIndicator progress,
                            Labeled message) {
        task.addListener((observable, old, now) -> show(now, container, progress, message));
        show(task.getValue(), container, progress, message);
    }

    private static void show(RunningTask task, Node container, ProgressIndicator progress, Labeled message) {
        progress.progressProperty().unbind();
        message.textProperty().unbind();
        container.setVisible(task != null);
        container.setManaged(task != null);
        if (task != null) {
            progress.progressProperty().bind(task.progressProperty());
            message.textProperty().bind(task.messageProperty());
        }
    }
}
