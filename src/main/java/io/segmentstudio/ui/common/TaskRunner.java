package io.segmentstudio.ui.common;

/** Starts background tasks. The only way view models run slow work. */
public interface TaskRunner {
    <T> RunningTask run(BackgroundTask<T> task);
}
