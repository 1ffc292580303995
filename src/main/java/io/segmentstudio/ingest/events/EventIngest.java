package io.segmentstudio.ingest.events;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.LiveWorkspace;
import io.segmentstudio.workspace.LiveWorkspace.IncomingEvent;
import io.segmentstudio.workspace.LiveWorkspace.MembershipChange;
import io.segmentstudio.workspace.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feeds a stream of JSON event lines into a live workspace in batches, each committed with the
 * membership changes it causes. Lines that do not fit are kept in the import log with their line
 * number, field and reason; the run itself is logged too. When a batch fails, the lines before it are
 * committed and the error names the first line of the failed batch, from which a rerun can resume.
 */
public final class EventIngest {
    private final Workspace workspace;
    private final LiveWorkspace live;
    private final int batchSize;

    /** What a run did. */
    public record Summary(long importId, long linesRead, long events, long rejected, long newProfiles, long changes) {
    }

    public EventIngest(Workspace workspace, LiveWorkspace live, int batchSize) {
        this.workspace = workspace;
        this.live = live;
        this.batchSize = batchSize;
    }

    /**
     * @param source     names the stream in the import log, e.g. the file name
     * @param fromLine   lines before it are skipped (resuming an earlier run); 1 reads everything
     * @param onChange   told of each membership change as its batch commits
     */
    public Summary run(BufferedReader lines, String source, long fromLine, Consumer<MembershipChange> onChange,
                       ProgressListener progress) throws IOException {
        EventLine parser = new EventLine(live.schema());
        ImportLog log = workspace.imports();
        long importId = log.start("events:" + source, Instant.now());
        List<IncomingEvent> batch = new ArrayList<>(batchSize);
        List<ImportLog.Rejection> rejections = new ArrayList<>();
        long read = 0;
        long events = 0;
        long newProfiles = 0;
        long changes = 0;
        long batchStart = fromLine;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                read++;
                if (read < fromLine || line.isBlank()) {
                    continue;
                }
                try {
                    batch.add(parser.parse(line));
                } catch (EventLine.Refused refused) {
                    rejections.add(new ImportLog.Rejection(read, refused.field(), refused.getMessage(), line));
                }
                if (batch.size() == batchSize) {
                    LiveWorkspace.BatchResult result = commit(batch, batchStart, onChange);
                    events += result.events();
                    newProfiles += result.newProfiles();
                    changes += result.changes().size();
                    batch.clear();
                    batchStart = read + 1;
                    progress.checkCancelled();
                    progress.progress(read, -1, "Ingesting events");
                }
            }
            LiveWorkspace.BatchResult result = commit(batch, batchStart, onChange);
            events += result.events();
            newProfiles += result.newProfiles();
            changes += result.changes().size();
        } catch (RuntimeException | IOException e) {
            finish(importId, read, events, rejections, ImportLog.Status.FAILED);
            throw e;
        }
        finish(importId, read, events, rejections, ImportLog.Status.COMPLETED);
        return new Summary(importId, read, events, rejections.size(), newProfiles, changes);
    }

    private LiveWorkspace.BatchResult commit(List<IncomingEvent> batch, long firstLine, Consumer<MembershipChange> onChange) {
        if (batch.isEmpty()) {
            return new LiveWorkspace.BatchResult(0, 0, List.of());
        }
        LiveWorkspace.BatchResult result;
        try {
            result = live.ingest(batch);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The batch starting at line " + firstLine + " was not written ("
                    + e.getMessage() + "); the lines before it are. Resume with --from-line " + firstLine, e);
        }
        result.changes().forEach(onChange);
        return result;
    }

    private void finish(long importId, long read, long events, List<ImportLog.Rejection> rejections,
                        ImportLog.Status status) {
        workspace.jdbi().useTransaction(handle -> {
            ImportLog.reject(handle, importId, rejections);
            ImportLog.finish(handle, importId, Instant.now(), read, events, rejections.size(), status);
        });
    }
}
