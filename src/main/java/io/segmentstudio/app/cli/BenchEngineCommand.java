package io.segmentstudio.app.cli;

import io.segmentstudio.app.bench.EngineBench;
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

/** {@code bench engine}: the columnar engine against DuckDB (one thread) and H2 on the same data. */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = {"Generate profiles and time the columnar engine, DuckDB (one thread) and H2 on the same"
                + " rules in one run: a five-condition count, segment bitmaps, overlap matrix, UpSet, opening a"
                + " workspace. Every engine's answer is checked against the others'. Takes minutes at 1,000,000."})
final class BenchEngineCommand implements Callable<Integer> {
    private final Output output;

    @Spec
    CommandSpec spec;

    @Mixin
    ProgressOption progressOption;

    @Option(names = "--profiles", paramLabel = "N", defaultValue = "1000000", description = "Profiles (default: 1,000,000).")
    int profiles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: 42).")
    long seed;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "15", description = "Timed runs per figure after"
            + " two warm-ups; medians are reported (default: 15).")
    int runs;

    @Option(names = "--no-h2", description = "Leave H2 out (its overlap matrix takes minutes at 1,000,000).")
    boolean noH2;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    BenchEngineCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() throws Exception {
        if (profiles < 1 || runs < 1) {
            throw new ParameterException(spec.commandLine(), "--profiles and --runs must be at least 1");
        }
        Path work = Files.createTempDirectory("segment-studio-bench");
        EngineBench.Report report;
        try (Interruption interruption = Interruption.listen();
             ConsoleProgress progress = output.progress(progressOption.progress, interruption)) {
            report = new EngineBench().run(new EngineBench.Options(profiles, seed, runs, !noH2, work), progress);
        } finally {
            TemporaryFolders.deleteQuietly(work);
        }
        if (json) {
            output.json(report);
            return Cli.OK;
        }
        output.line(String.format(Locale.ROOT, "%,d profiles × %d attributes; the five-condition segment has %,d members;"
                + " columns hold %.0f bytes per profile (%.0f bytes of heap measured)", report.profiles(),
                report.attributes(), report.members(), report.columnBytesPerProfile(), report.heapBytesPerProfile()));
        output.line(String.format(Locale.ROOT, "%-40s %4s %10s %10s %10s %9s  %s", "median", "", "columnar",
                "DuckDB 1t", "H2", "DuckDB ÷", "target"));
        for (EngineBench.Figure figure : report.figures()) {
            output.line(String.format(Locale.ROOT, "%-40s %4s %10s %10s %10s %9s  %s", figure.name(), figure.unit(),
                    ms(figure.columnar()), ms(figure.duckDb()), ms(figure.h2()),
                    figure.duckDb() == null ? "" : String.format(Locale.ROOT, "%.1f×", figure.duckDb() / figure.columnar()),
                    figure.target()));
        }
        return Cli.OK;
    }


    private static String ms(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.0f", value);
    }
}
