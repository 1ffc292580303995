package io.segmentstudio.app.cli;

import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.workspace.Workspace;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segment history}: every version of a segment, newest first, with who did what. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the versions of a segment, newest first: status, author, time, comment and review.")
final class SegmentHistoryCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    @Mixin
    SegmentOption segment;

    SegmentHistoryCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        List<SegmentVersion> history;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            history = workspace.versions().history(segment.name);
        }
        if (common.json) {
            output.json(history);
            return Cli.OK;
        }
        for (SegmentVersion version : history) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "v%-3d %-10s %-12s %s",
                    version.version(), version.status().label(), version.author(),
                    version.createdAt().truncatedTo(ChronoUnit.SECONDS)));
            if (!version.comment().isEmpty()) {
                line.append("  \"").append(version.comment()).append('"');
            }
            if (version.reviewedBy() != null) {
                line.append("  (reviewed by ").append(version.reviewedBy()).append(": \"")
                        .append(version.reviewComment()).append("\")");
            }
            output.line(line.toString());
        }
        return Cli.OK;
    }
}
