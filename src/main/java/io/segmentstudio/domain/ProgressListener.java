package io.segmentstudio.domain;

/**
 * How long-running core work (imports, sample generation, evaluations) reports progress and learns that
 * the user cancelled. The UI adapts it to a task's progress bar; the CLI to a line on stderr.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param total -1 when unknown */
    void progress(long done, long total, String message);

    boolean cancelled();

    /** Throws {@link CancelledException} when the user cancelled; work calls it between batches. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }

    /** Work stopped because the user cancelled it; whatever it wrote was rolled back. */
    final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("Cancelled");
        }
    }
}
