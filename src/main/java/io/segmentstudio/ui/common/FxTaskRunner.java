package io.segmentstudio.ui.common;

import io.segmentstudio.domain.ProgressListener;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;

/** Runs each {@link BackgroundTask} as a {@link Task} on the application's bounded background executor. */
public final class FxTaskRunner implements TaskRunner {
    private final Executor executor;

    public FxTaskRunner(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        FxTask<T> fxTask = new FxTask<>(task);
        executor.execute(fxTask);
        return fxTask;
    }

    private static final class FxTask<T> extends Task<T> implements RunningTask {
        private final BackgroundTask<T> task;
        private final ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                updateProgress(total < 0 ? -1 : done, total < 0 ? 1 : total);
                if (message != null) {
                    updateMessage(message);
                }
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        };

        FxTask(BackgroundTask<T> task) {
            this.task = task;
            updateTitle(task.title());
            updateMessage(task.title() + "…");
        }

        @Override
        protected T call() throws Exception {
            T result = task.run(listener);
            if (isCancelled()) {
                task.discard(result);
            }
            return result;
        }

        /** Never interrupts: an interrupted thread makes H2 close the workspace file under everyone. */
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return super.cancel(false);
        }

        @Override
        protected void succeeded() {
            task.succeeded(getValue());
        }

        @Override
        protected void failed() {
            if (getException() instanceof ProgressListener.CancelledException) {
                task.cancelled();
            } else {
                task.failed(getException());
            }
        }

        @Override
        protected void cancelled() {
            task.cancelled();
        }
    }
}
