package io.segmentstudio.ui.common;

import io.segmentstudio.domain.ProgressListener;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A piece of slow work and what to do with its outcome. The work runs off the UI thread; the callbacks
 * run on the UI thread (or inline with {@link SynchronousTaskRunner}). Exactly one of success, failure
 * or cancelled is called.
 *
 * @param <T> the work's result
 */
public final class BackgroundTask<T> {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** The work itself; reports progress and checks for cancellation through the listener. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> LOG.warn("Background task failed", error);
    private Runnable onCancelled = () -> { };
    private Consumer<? super T> onDiscarded = result -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title what the task does, shown next to its progress ("Opening shop") */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Releases a result that arrived after the task was cancelled (an opened workspace nobody will use).
     * Called on the background thread.
     */
    public BackgroundTask<T> onDiscarded(Consumer<? super T> action) {
        onDiscarded = Objects.requireNonNull(action);
        return this;
    }

    public String title() {
        return title;
    }

    T run(ProgressListener progress) throws Exception {
        return work.run(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }

    void discard(T result) {
        if (result != null) {
            onDiscarded.accept(result);
        }
    }
}
