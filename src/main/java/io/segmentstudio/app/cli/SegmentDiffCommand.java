package io.segmentstudio.app.cli;

import io.segmentstudio.engine.diff.DiffRenderer;
import io.segmentstudio.engine.diff.FieldChange;
import io.segmentstudio.engine.diff.NodeChange;
import io.segmentstudio.engine.diff.NodePlace;
import io.segmentstudio.engine.diff.NodeText;
import io.segmentstudio.engine.diff.RuleDiff;
import io.segmentstudio.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segment diff}: what changed in a segment's rule between two versions, node by node. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed in a segment's rule between two versions, condition by condition.")
final class SegmentDiffCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    @Mixin
    SegmentOption segment;

    @Option(names = "--from", paramLabel = "VERSION", description = "The older version (default: the one before --to).")
    Integer from;

    @Option(names = "--to", paramLabel = "VERSION", description = "The newer version (default: the current one).")
    Integer to;

    SegmentDiffCommand(Output output) {
        this.output = output;
    }

    /** One changed node for scripts: its id, what happened, what it says now (or said), and the changes. */
    record Change(String nodeId, String kind, String node, List<FieldChange> fields, NodePlace placeBefore,
                  NodePlace placeAfter) {
        static Change of(NodeChange change) {
            return new Change(change.nodeId(), change.kind().name(),
                    NodeText.describe(change.after() != null ? change.after() : change.before()), change.fields(),
                    change.placeBefore(), change.placeAfter());
        }
    }

    record Result(String segment, int from, int to, List<Change> changes) {
    }

    @Override
    public Integer call() {
        RuleDiff diff;
        int newer;
        int older;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            newer = to != null ? to : workspace.versions().current(segment.name).version();
            older = from != null ? from : newer - 1;
            if (older < 1) {
                throw new IllegalArgumentException("version " + newer + " of '" + segment.name
                        + "' has no version before it; name one with --from");
            }
            diff = workspace.versions().diff(segment.name, older, newer);
        }
        if (common.json) {
            output.json(new Result(segment.name, older, newer, diff.changes().stream().map(Change::of).toList()));
        } else {
            output.line(segment.name + ": version " + older + " → " + newer);
            output.line(new DiffRenderer().render(diff).stripTrailing());
        }
        return Cli.OK;
    }
}
