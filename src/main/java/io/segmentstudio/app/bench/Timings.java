package io.segmentstudio.app.bench;

import java.util.Arrays;

/**
 * Runs a piece of work a number of times after warming it up (for at least the given number of runs
 * and a second and a half, so the JIT has compiled its loops), and keeps the median and the best time.
 */
final class Timings {
    /** Work whose result is kept, so the JIT cannot drop it. */
    interface Work {
        Object run() throws Exception;
    }

    record Measured(double medianMs, double bestMs, Object result) {
    }

    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private final int warmups;
    private final int runs;

    Timings(int warmups, int runs) {
        this.warmups = warmups;
        this.runs = runs;
    }

    Measured measure(Work work) throws Exception {
        Object result = null;
        long warmUntil = System.nanoTime() + (warmups == 0 ? 0 : WARM_UP_NANOS);
        for (int i = 0; i < warmups || System.nanoTime() < warmUntil; i++) {
            result = work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Measured(ms[runs / 2], ms[0], result);
    }
}
