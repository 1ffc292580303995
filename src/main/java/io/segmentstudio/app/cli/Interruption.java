package io.segmentstudio.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C into a cancel for the duration of a long command. Without it the JVM would stop in the
 * middle of an import, after H2 committed the new attributes' columns but before the rows: the shutdown
 * hook instead flags the cancel and waits (a bounded time) until the command has undone its work.
 */
final class Interruption implements AutoCloseable {
    private static final long MAX_WAIT_SECONDS = 30;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onShutdown, "segment-studio-cancel");

    private Interruption() {
    }

    /** Starts listening for Ctrl-C until {@link #close()}. */
    static Interruption listen() {
        Interruption interruption = new Interruption();
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    boolean requested() {
        return requested.get();
    }

    private void onShutdown() {
        requested.set(true);
        try {
            finished.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting because of Ctrl-C; the hook has just been released above
        }
    }
}
