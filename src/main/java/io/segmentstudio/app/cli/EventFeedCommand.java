package io.segmentstudio.app.cli;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.events.EventIngest;
import io.segmentstudio.workspace.LiveWorkspace;
import io.segmentstudio.workspace.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Feeds JSON event lines into a workspace: {@code events ingest} (batches, then a summary) and
 * {@code events watch} (each event committed on arrival, membership changes printed as they happen).
 */
abstract class EventFeedCommand implements Callable<Integer> {
    private final Output output;
    private final boolean watch;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--file", paramLabel = "FILE", description = "JSON lines, one event each:"
            + " {\"profile\":\"C1\",\"type\":\"purchase\",\"at\":\"2026-11-01T10:00:00Z\",\"properties\":{…}}."
            + " '-' or none: standard input.")
    Path file;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Events per transaction"
            + " (ingest; default 1,000).")
    int batch;

    @Option(names = "--from-line", paramLabel = "N", defaultValue = "1", description = "Skip the lines before N"
            + " (to resume a run that stopped at a failed batch).")
    long fromLine;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT", description = "Relative dates in rules count from this"
            + " instant (default: now).")
    Instant asOf;

    EventFeedCommand(Output output, boolean watch) {
        this.output = output;
        this.watch = watch;
    }

    @Override
    public Integer call() throws IOException {
        if (batch < 1 || fromLine < 1) {
            throw new ParameterException(spec.commandLine(), "--batch and --from-line must be at least 1");
        }
        EventIngest.Summary summary;
        try (Workspace workspace = Workspace.open(common.workspace); BufferedReader lines = open()) {
            LiveWorkspace live = new LiveWorkspace(workspace, asOf == null ? Instant.now() : asOf, ProgressListener.NONE);
            EventIngest ingest = new EventIngest(workspace, live, watch ? 1 : batch);
            summary = ingest.run(lines, file == null ? "stdin" : file.toString(), fromLine, change -> {
                if (watch) {
                    output.line((change.entered() ? "+ " : "- ") + change.segment() + " " + change.profileKey()
                            + " (" + change.at() + ")");
                }
            }, ProgressListener.NONE);
            live.saveColumns();
        }
        if (common.json) {
            output.json(summary);
        } else if (!watch || summary.rejected() > 0) {
            output.line(String.format(Locale.ROOT, "%s read: %s, %s rejected (see `import rejections --id %d`),"
                            + " %s, %s", Output.count(summary.linesRead(), "line"), Output.count(summary.events(), "event"),
                    Output.count(summary.rejected(), "line"), summary.importId(),
                    Output.count(summary.newProfiles(), "new profile"),
                    Output.count(summary.changes(), "membership change")));
        }
        return Cli.OK;
    }

    private BufferedReader open() throws IOException {
        if (file == null || file.toString().equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("event file not found: " + file.toAbsolutePath());
        }
    }
}
