package io.segmentstudio.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.segmentstudio.engine.eval.Explanation;
import io.segmentstudio.engine.eval.ExplanationRenderer;
import io.segmentstudio.workspace.TestProfileRunner;
import io.segmentstudio.workspace.TestProfileRunner.TestResult;
import io.segmentstudio.workspace.TestProfileRunner.TestRun;
import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code segment test}: runs the test profiles of one segment or of all, against their current version,
 * for CI. Exits with {@link Cli#CHECK_FAILED} when any test fails, each failure explained.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the segments' test profiles (or one segment's); exit code 3 when any test fails.")
final class SegmentTestCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    @Option(names = "--segment", paramLabel = "NAME", description = "Only this segment's tests (default: all).")
    String segment;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT",
            description = "Evaluate tests that do not pin their own as-of at this instant (default: now).")
    Instant asOf;

    SegmentTestCommand(Output output) {
        this.output = output;
    }

    /** One test for scripts; the explanation only when it failed. */
    record Outcome(String segment, String test, int version, Instant asOf, String expected, String actual,
                   boolean passed, @JsonInclude(JsonInclude.Include.NON_NULL) String error,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation) {
        static Outcome of(TestResult result) {
            return new Outcome(result.test().segment(), result.test().name(), result.version(), result.asOf(),
                    result.test().expected(), result.error() != null ? "error" : result.member() ? "member"
                    : "not member", result.passed(), result.error(), result.passed() ? null : result.explanation());
        }
    }

    record Result(long passed, long failed, List<Outcome> results) {
    }

    @Override
    public Integer call() {
        Instant at = asOf == null ? Instant.now() : asOf;
        TestRun run;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            TestProfileRunner runner = new TestProfileRunner(workspace);
            run = segment == null ? runner.runAll(at) : runner.run(segment, at);
        }
        if (common.json) {
            output.json(new Result(run.passed(), run.failed(), run.results().stream().map(Outcome::of).toList()));
        } else {
            run.results().forEach(this::print);
            output.line(Output.count(run.results().size(), "test") + ": " + Output.count(run.passed()) + " passed, "
                    + Output.count(run.failed()) + " failed");
        }
        if (run.results().isEmpty()) {
            output.note("No test profiles" + (segment == null ? " in this workspace" : " for '" + segment + "'")
                    + "; add some with 'segment test-add'.");
        }
        return run.allPassed() ? Cli.OK : Cli.CHECK_FAILED;
    }

    private void print(TestResult result) {
        String name = result.test().segment() + " / " + result.test().name();
        if (result.passed()) {
            output.line("PASS  " + name + " (" + result.test().expected() + ", version " + result.version() + ")");
            return;
        }
        if (result.error() != null) {
            output.line("FAIL  " + name + ": " + result.error());
            return;
        }
        output.line("FAIL  " + name + ": expected " + result.test().expected() + ", was "
                + (result.member() ? "member" : "not member") + " (version " + result.version() + ", as of "
                + result.asOf() + ")");
        new ExplanationRenderer().render(result.explanation()).lines().forEach(line -> output.line("      " + line));
    }
}
