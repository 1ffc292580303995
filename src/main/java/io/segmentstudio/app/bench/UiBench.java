package io.segmentstudio.app.bench;

import io.segmentstudio.domain.ProgressListener;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The rule builder measured in a real window ({@code bench ui}). The measuring is the UI's (it needs
 * JavaFX); the command that runs it lives here, so the UI hands its implementation in at launch.
 */
public interface UiBench {
    /** @param rule the native rule JSON to open; its first decimal comparison is the one edited */
    record Options(Path workspace, String rule, int edits) {
    }

    /**
     * @param frameGapsMs     the gaps between pulses while editing and counting, drawing included, sorted
     * @param latenciesMs     from each edit that was counted to its count on screen, sorted
     * @param openingStallMs  the longest gap while the builder opened (reading columns runs in the background)
     * @param workMs          UI-thread work for an edit or a count: its handler and the CSS and layout pass of
     *                        the pulse after it, sorted; what keeps the thread from input, apart from drawing
     * @param editHandlingMs  the edit handlers alone, sorted
     * @param countHandlingMs the count handlers alone, sorted
     * @param layoutMs        CSS and layout of every pulse, sorted
     */
    record Report(long profiles, int edits, double[] frameGapsMs, double[] latenciesMs, double openingStallMs,
                  double[] workMs, double[] editHandlingMs, double[] countHandlingMs, double[] layoutMs) {
        public double maxStallMs() {
            return max(frameGapsMs);
        }

        /** The longest the UI thread worked for us before it could draw again. */
        public double maxWorkMs() {
            return max(workMs);
        }

        public long workOver(double ms) {
            return Arrays.stream(workMs).filter(work -> work > ms).count();
        }

        public static double max(double[] sorted) {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
        }

        public static double percentile(double[] sorted, double p) {
            return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    Report run(Options options, ProgressListener progress) throws Exception;

    /** Where the desktop part is not there to measure. */
    UiBench UNAVAILABLE = (options, progress) -> {
        throw new IllegalStateException("bench ui needs the desktop app: run it from the segment-studio jar");
    };
}
