package io.segmentstudio.app.cli;

import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.workspace.MembershipStore;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segment refresh}: evaluates stored segments and records who entered and exited. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Evaluate the workspace's segments (or one) and store their members with entry/exit history.")
final class SegmentRefreshCommand implements Callable<Integer> {
    private final Output output;
    private final String actor;

    @Mixin
    CommonOptions common;

    @Option(names = "--segment", paramLabel = "NAME", description = "Only this segment (default: all).")
    String segment;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT", description = "Evaluate as of this instant (default: now).")
    Instant asOf;

    SegmentRefreshCommand(Output output, String actor) {
        this.output = output;
        this.actor = actor;
    }

    record Refreshed(String segment, long members, long entered, long exited) {
    }

    @Override
    public Integer call() {
        Instant now = Instant.now();
        Instant at = asOf == null ? now : asOf;
        List<Refreshed> refreshed = new ArrayList<>();
        try (Workspace workspace = Workspace.open(common.workspace)) {
            SegmentRunner runner = new SegmentRunner(workspace);
            List<String> names = segment != null ? List.of(segment)
                    : workspace.segments().list().stream().map(SegmentSummary::name).toList();
            for (String name : names) {
                MembershipStore.Change change = runner.refresh(name, at, now, actor);
                refreshed.add(new Refreshed(name, change.members(), change.entered(), change.exited()));
            }
        }
        if (common.json) {
            output.json(refreshed);
        } else {
            refreshed.forEach(r -> output.line(r.segment() + ": " + Output.count(r.members(), "member") + " (+"
                    + Output.count(r.entered()) + " entered, -" + Output.count(r.exited()) + " exited)"));
        }
        return Cli.OK;
    }
}
