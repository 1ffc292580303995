package io.segmentstudio.app.cli;

import io.segmentstudio.engine.eval.Explanation;
import io.segmentstudio.engine.eval.ExplanationRenderer;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segment explain}: why one profile is in or out, node by node, with the values compared. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why one profile is in or out of a rule, condition by condition.")
final class SegmentExplainCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleOptions rule;

    @Option(names = "--profile", required = true, paramLabel = "KEY", description = "The profile's key.")
    String profile;

    SegmentExplainCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        Explanation explanation;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            SegmentRunner runner = new SegmentRunner(workspace);
            explanation = runner.explain(rule.rule(runner, workspace.ruleSchema(), output), rule.asOfOrNow(), profile)
                    .orElseThrow(() -> new IllegalArgumentException("no profile with key '" + profile + "' in "
                            + workspace.name()));
        }
        if (common.json) {
            output.json(explanation);
        } else {
            output.line((explanation.outcome() ? "IN: " : "OUT: ") + "profile " + profile);
            output.line(new ExplanationRenderer().render(explanation).stripTrailing());
        }
        return Cli.OK;
    }
}
