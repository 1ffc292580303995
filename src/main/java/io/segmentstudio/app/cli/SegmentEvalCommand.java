package io.segmentstudio.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segment eval}: how many profiles a rule selects, and optionally which. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Count (and list) the profiles a rule selects.")
final class SegmentEvalCommand implements Callable<Integer> {
    /** Where the rule is evaluated; both give the same members (the differential tests prove it). */
    enum Engine { h2, memory, columnar }

    private final Output output;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleOptions rule;

    @Option(names = "--ids", description = "Also print the members' profile keys.")
    boolean ids;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "h2",
            description = "h2 (SQL in the workspace, default), memory (the in-memory evaluator) or columnar"
                    + " (the fast engine, after loading the workspace into memory).")
    Engine engine;

    SegmentEvalCommand(Output output) {
        this.output = output;
    }

    /** {@code ids} only with --ids: absent rather than null otherwise. */
    record Result(long count, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> ids) {
    }

    @Override
    public Integer call() {
        SegmentRunner.Members members;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            SegmentRunner runner = new SegmentRunner(workspace);
            Condition condition = rule.rule(runner, workspace.ruleSchema(), output);
            members = switch (engine) {
                case memory -> runner.evaluateInMemory(condition, rule.asOfOrNow());
                case columnar -> runner.evaluateColumnar(condition, rule.asOfOrNow(),
                        workspace.image().current(ProgressListener.NONE));
                case h2 -> runner.evaluateInDatabase(condition, rule.asOfOrNow());
            };
        }
        if (common.json) {
            output.json(new Result(members.count(), ids ? members.keys() : null));
        } else {
            output.line(Long.toString(members.count()));
            if (ids) {
                members.keys().forEach(output::line);
            }
        }
        return Cli.OK;
    }
}
