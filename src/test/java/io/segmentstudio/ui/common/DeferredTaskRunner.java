package io.segmentstudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Holds tasks until the test finishes them, in any order: answers can then arrive late, after newer
 * requests, as they do on a busy machine.
 */
public final class DeferredTaskRunner implements TaskRunner {
    private final List<BackgroundTask<?>> pending = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        Held running = new Held(task.title());
        pending.add(task);
        held.add(running);
        return running;
    }

    public int size() {
        return pending.size();
    }

    public boolean cancelled(int index) {
        return held.get(index).cancelled;
    }

    /** Runs the task started as the index-th, callbacks included, as if it finished now. */
    public void finish(int index) {
        new SynchronousTaskRunner().run(pending.get(index));
        held.get(index).running.set(false);
    }

    private static final class Held implements RunningTask {
        private final ReadOnlyStringWrapper title;
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private boolean cancelled;

        Held(String title) {
            this.title = new ReadOnlyStringWrapper(title);
        }

        @Override
        public ReadOnlyStringProperty titleProperty() {
            return title.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public boolean isDone() {
            return !running.get();
        }

        @Override
        public boolean cancel() {
            cancelled = true;
            return running.get();
        }
    }
}
