package io.segmentstudio.app;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The composition root: everything the two faces (desktop and CLI) share, wired by constructor.
 *
 * @param background bounded pool for database and network work, never the UI thread
 */
public record AppContext(AppDirectories directories, SettingsStore settings, SampleWorkspaces samples,
                         ExecutorService background, Clock clock) implements AutoCloseable {
    private static final int BACKGROUND_THREADS = 2;

    public static AppContext create(AppDirectories directories) {
        return new AppContext(directories, new SettingsStore(directories.settingsFile()),
                new SampleWorkspaces(directories.samplesDirectory(), Clock.systemDefaultZone()),
                boundedPool(), Clock.systemDefaultZone());
    }

    private static ExecutorService boundedPool() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "background-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(BACKGROUND_THREADS, BACKGROUND_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons);
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
