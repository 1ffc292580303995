package io.segmentstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ProgressListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real runner: work off the UI thread, callbacks on it, cancellation without interrupts. */
@Tag("ui")
class FxTaskRunnerTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final FxTaskRunner runner = new FxTaskRunner(executor);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void runsTheWorkInTheBackgroundAndReportsSuccessOnTheUiThread() throws Exception {
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<Boolean> callbackOnUiThread = new CompletableFuture<>();
        Platform.runLater(() -> runner.run(BackgroundTask.of("Answer", progress -> {
            workThread.complete(Thread.currentThread().getName());
            progress.progress(1, 2, "halfway");
            return 42;
        }).onSuccess(answer -> callbackOnUiThread.complete(answer == 42 && Platform.isFxApplicationThread()))));

        assertThat(callbackOnUiThread.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(workThread.get()).doesNotContain("JavaFX Application Thread");
    }

    @Test
    void failuresReachTheFailureCallback() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Platform.runLater(() -> runner.run(BackgroundTask.of("Broken", progress -> {
            throw new IllegalStateException("boom");
        }).onFailure(failure::complete)));

        assertThat(failure.get(10, TimeUnit.SECONDS)).hasMessage("boom");
    }

    @Test
    void cancellingStopsTheWorkAtItsNextCheckAndDiscardsALateResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        CompletableFuture<Object> discarded = new CompletableFuture<>();
        CompletableFuture<Boolean> cancelled = new CompletableFuture<>();
        RunningTask[] running = new RunningTask[1];
        Platform.runLater(() -> running[0] = runner.run(BackgroundTask.of("Slow", (ProgressListener progress) -> {
            started.countDown();
            release.await();
            interrupted.complete(Thread.currentThread().isInterrupted());
            return "late";
        }).onCancelled(() -> cancelled.complete(true)).onDiscarded(discarded::complete)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(() -> running[0].cancel()).get(10, TimeUnit.SECONDS);
        release.countDown();

        assertThat(cancelled.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(discarded.get(10, TimeUnit.SECONDS)).isEqualTo("late");
        assertThat(interrupted.get()).as("H2 must never see an interrupt").isFalse();
    }
}
