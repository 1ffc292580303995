package io.segmentstudio.app.cli;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code computed refresh}: computes every computed attribute again (recency moves with the calendar). */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Compute every computed attribute again, as of now or --as-of (run daily: recency moves with time).")
final class ComputedRefreshCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT", description = "Compute as of this instant (default: now).")
    Instant asOf;

    ComputedRefreshCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        int count;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            workspace.computed().refresh(asOf == null ? Instant.now() : asOf, ProgressListener.NONE);
            count = workspace.computed().list().size();
        }
        output.line("Computed " + Output.count(count, "attribute") + " again");
        return Cli.OK;
    }
}
