package io.segmentstudio.ui.common;

import io.segmentstudio.domain.ProgressListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs each task to completion on the calling thread, callbacks included: view models become plain,
 * deterministic objects in unit tests, with no toolkit and no waiting.
 */
public final class SynchronousTaskRunner implements TaskRunner {
    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        Finished finished = new Finished(task.title());
        T result;
        try {
            result = task.run(finished.listener);
        } catch (ProgressListener.CancelledException e) {
            task.cancelled();
            return finished;
        } catch (Exception e) {
            task.failed(e);
            return finished;
        }
        task.succeeded(result);
        return finished;
    }

    private static final class Finished implements RunningTask {
        private final ReadOnlyStringWrapper title;
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
        private final ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String text) {
                progress.set(total <= 0 ? -1 : (double) done / total);
                message.set(text);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        Finished(String title) {
            this.title = new ReadOnlyStringWrapper(title);
        }

        @Override
        public ReadOnlyStringProperty titleProperty() {
            return title.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public boolean cancel() {
            return false;
        }
    }
}
