package io.segmentstudio.app.cli;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleResult;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.workspace.Workspace;
import io.segmentstudio.workspace.WorkspaceBuild;
import io.segmentstudio.workspace.WorkspaceFile;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sample generate}: fills an empty workspace with the retail demo data. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Fill a workspace with generated retail demo data: customers, their events and example"
                + " segments. Creates the workspace if it does not exist; refuses one that already holds data."})
final class SampleGenerateCommand implements Callable<Integer> {
    private final Output output;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ProgressOption progressOption;

    @Option(names = "--profiles", paramLabel = "N", description = "Number of customer profiles (default: 50,000).")
    Integer profiles;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed: the same seed gives the same data"
            + " (default: 42).")
    Long seed;

    @Option(names = "--anchor-date", paramLabel = "YYYY-MM-DD", description = "The day the generated history"
            + " leads up to (default: today in the workspace's time zone).")
    LocalDate anchorDate;

    SampleGenerateCommand(Output output) {
        this.output = output;
    }

    record Generated(String workspace, String file, long profiles, long events, int segments, long seed,
                     LocalDate anchorDate, long durationMs) {
    }

    @Override
    public Integer call() {
        if (profiles != null && profiles < 1) {
            throw new ParameterException(spec.commandLine(), "--profiles must be at least 1, not " + profiles);
        }
        Generated generated;
        try (Interruption interruption = Interruption.listen();
             ConsoleProgress progress = output.progress(progressOption.progress, interruption)) {
            generated = WorkspaceFile.of(common.workspace).exists()
                    ? fillExisting(progress)
                    : WorkspaceBuild.create(common.workspace, ZoneId.systemDefault(), progress,
                            workspace -> generate(workspace, progress));
        }
        if (common.json) {
            output.json(generated);
        } else {
            output.line(String.format(Locale.ROOT, "Generated %s, %s and %s in %s (seed %d, anchor date %s, %.1f s).",
                    Output.count(generated.profiles(), "profile"), Output.count(generated.events(), "event"),
                    Output.count(generated.segments(), "segment"), generated.workspace(), generated.seed(),
                    generated.anchorDate(), generated.durationMs() / 1000.0));
        }
        return Cli.OK;
    }

    /** An existing workspace is filled in place, when empty. */
    private Generated fillExisting(ProgressListener progress) {
        try (Workspace workspace = Workspace.open(common.workspace)) {
            requireEmpty(workspace);
            return generate(workspace, progress);
        }
    }

    private Generated generate(Workspace workspace, ProgressListener progress) {
        SampleSpec sample = sampleSpec(anchorDate != null ? anchorDate : LocalDate.now(workspace.timeZone()));
        SampleResult result = new RetailDemoGenerator(sample).generate(workspace, progress);
        return new Generated(workspace.name(), WorkspaceFile.of(common.workspace).toString(), result.profiles(), result.events(),
                result.segments(), sample.seed(), sample.anchorDate(), result.took().toMillis());
    }

    /** The defaults of the generator, overridden by the options given. */
    private SampleSpec sampleSpec(LocalDate anchor) {
        SampleSpec defaults = SampleSpec.defaults(anchor);
        return new SampleSpec(seed != null ? seed : defaults.seed(),
                profiles != null ? profiles : defaults.profiles(), anchor);
    }

    /** Demo data mixed into real data would be misleading, so only an empty workspace gets it. */
    private static void requireEmpty(Workspace workspace) {
        List<String> held = new ArrayList<>();
        addIfAny(held, workspace.profiles().count(), "profile");
        addIfAny(held, workspace.events().count(), "event");
        addIfAny(held, workspace.attributes().list().size(), "attribute");
        addIfAny(held, workspace.segments().count(), "segment");
        if (!held.isEmpty()) {
            throw new IllegalArgumentException(workspace.file() + " already holds " + String.join(", ", held)
                    + "; sample data only goes into an empty workspace. Name a new one with -w");
        }
    }

    private static void addIfAny(List<String> held, long count, String noun) {
        if (count > 0) {
            held.add(Output.count(count, noun));
        }
    }
}
