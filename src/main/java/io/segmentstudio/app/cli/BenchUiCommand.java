package io.segmentstudio.app.cli;

import io.segmentstudio.app.bench.BenchWorkspace;
import io.segmentstudio.app.bench.UiBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench ui}: how long the UI thread is kept from drawing while the builder counts a big workspace. */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Generate profiles into a workspace, open the rule builder on it in a real window and edit a"
                + " five-condition rule the way a user types, while the live count runs. Reports the gaps between"
                + " UI pulses (stalls) and the time from an edit to its count on screen. Needs a display: on a"
                + " server run it under xvfb-run."})
final class BenchUiCommand implements Callable<Integer> {
    private final Output output;
    private final UiBench bench;

    @Spec
    CommandSpec spec;

    @Mixin
    ProgressOption progressOption;

    @Option(names = "--profiles", paramLabel = "N", defaultValue = "1000000", description = "Profiles (default: 1,000,000).")
    int profiles;

    @Option(names = "--edits", paramLabel = "E", defaultValue = "80", description = "Edits timed (default: 80).")
    int edits;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: 42).")
    long seed;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    BenchUiCommand(Output output, UiBench bench) {
        this.output = output;
        this.bench = bench;
    }

    @Override
    public Integer call() throws Exception {
        if (profiles < 1 || edits < 1) {
            throw new ParameterException(spec.commandLine(), "--profiles and --edits must be at least 1");
        }
        Path work = Files.createTempDirectory("segment-studio-bench-ui");
        UiBench.Report report;
        try (Interruption interruption = Interruption.listen();
             ConsoleProgress progress = output.progress(progressOption.progress, interruption)) {
            progress.progress(0, 1, "Writing " + profiles + " profiles to a workspace");
            Path file = work.resolve("bench-ui");
            BenchWorkspace.create(file, profiles, seed);
            report = bench.run(new UiBench.Options(file, BenchWorkspace.fiveConditionRule(), edits), progress);
        } finally {
            TemporaryFolders.deleteQuietly(work);
        }
        if (json) {
            output.json(report);
            return Cli.OK;
        }
        double[] gaps = report.frameGapsMs();
        double[] latencies = report.latenciesMs();
        output.line(String.format(Locale.ROOT, "%,d profiles; %d edits in bursts of typing; %d pulses and %d counts observed",
                report.profiles(), report.edits(), gaps.length, latencies.length));
        output.line(String.format(Locale.ROOT, "UI-thread work per edit or count (handler + the CSS and layout pass"
                        + " after it): median %.1f ms, p99 %.1f ms, longest %.1f ms; %d over 50 ms (target: none over 50 ms)",
                UiBench.Report.percentile(report.workMs(), 0.5), UiBench.Report.percentile(report.workMs(), 0.99),
                report.maxWorkMs(), report.workOver(50)));
        output.line(String.format(Locale.ROOT, "  of which: edit handler longest %.1f ms, count handler longest %.1f ms,"
                        + " CSS+layout pass longest %.1f ms", UiBench.Report.max(report.editHandlingMs()), UiBench.Report.max(report.countHandlingMs()),
                UiBench.Report.max(report.layoutMs())));
        output.line(String.format(Locale.ROOT, "gap between pulses, drawing included (%s): median %.1f ms, p99 %.1f ms,"
                        + " longest %.1f ms", System.getProperty("prism.order", "default pipeline"),
                UiBench.Report.percentile(gaps, 0.5), UiBench.Report.percentile(gaps, 0.99), report.maxStallMs()));
        output.line(String.format(Locale.ROOT, "edit to count on screen: median %.0f ms, p95 %.0f ms, longest %.0f ms"
                        + " (target: within 300 ms; 120 ms of it is the wait for typing to pause)",
                UiBench.Report.percentile(latencies, 0.5), UiBench.Report.percentile(latencies, 0.95),
                latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1]));
        output.line(String.format(Locale.ROOT, "opening the builder (columns read in the background): longest gap %.0f ms",
                report.openingStallMs()));
        return Cli.OK;
    }
}
