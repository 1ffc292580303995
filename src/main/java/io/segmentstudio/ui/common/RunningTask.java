package io.segmentstudio.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A started {@link BackgroundTask} as the UI sees it: its progress, its message, and a way to stop it. */
public interface RunningTask {
    ReadOnlyStringProperty titleProperty();

    ReadOnlyStringProperty messageProperty();

    /** 0..1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyBooleanProperty runningProperty();

    /** True once the work has finished, failed or been cancelled. */
    boolean isDone();

    /** Asks the work to stop at its next check; returns false when it had already finished. */
    boolean cancel();
}
