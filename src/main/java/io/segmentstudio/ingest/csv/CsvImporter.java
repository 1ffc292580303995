package io.segmentstudio.ingest.csv;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.SyncStates;
import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.ImportLog.Rejection;
import io.segmentstudio.workspace.ProfileRows;
import io.segmentstudio.workspace.Workspace;
import io.segmentstudio.workspace.WrittenProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a CSV file into the workspace's profiles, one column per attribute.
 *
 * <p>A first pass reads the whole file to infer column types, so nothing is written for a file that
 * cannot be imported at all. Columns new to the catalog become attributes of the inferred type; columns
 * already in it keep their type, and a cell that does not fit rejects its row. Then every row is written
 * in one transaction, updating profiles whose key exists, with each rejected row stored (row, column,
 * reason, raw text). If that transaction fails or is cancelled, the attributes this import added are
 * removed again (H2 commits DDL on its own) and the run is recorded as failed: nothing half-written stays.
 *
 * <p>The key column, if any, becomes the profile key, not an attribute. Blank cells are missing values:
 * re-importing a file with a blank cell clears that attribute of that profile.
 */
public final class CsvImporter {
    private static final Logger LOG = LoggerFactory.getLogger(CsvImporter.class);
    private static final int REJECTION_BATCH = 1_000;

    private final Workspace workspace;
    private final String actor;

    /** @param actor who runs the import, for the audit log */
    public CsvImporter(Workspace workspace, String actor) {
        this.workspace = workspace;
        this.actor = actor;
    }

    /** Rows read, imported and rejected so far, for the result or the failed run's record. */
    private static final class Counts {
        long read;
        long imported;
        long rejected;
    }

    /** Each imported column with the attribute it fills, the attributes to add, and the inferred types. */
    private record Plan(List<RowConverter.Target> targets, List<Attribute> toAdd,
                        Map<String, AttributeType> inferred) {
    }

    public CsvImportResult run(CsvImportOptions options, ProgressListener progress) {
        long started = System.nanoTime();
        CsvScan scan = CsvScan.of(options.file(), options.delimiter(), progress);
        CsvHeader.Column key = options.hasKeyColumn() ? keyColumn(scan.header(), options) : null;
        Plan plan = plan(scan, key, options);

        long importId = workspace.imports().start(options.sourceLabel(), Instant.now());
        List<Attribute> added = new ArrayList<>();
        Counts counts = new Counts();
        try {
            workspace.attributes().addAll(plan.toAdd());
            added.addAll(plan.toAdd());
            RowConverter converter = new RowConverter(scan.header(), key, plan.targets(), workspace.timeZone());
            // Into an empty workspace plain inserts are enough (keys are unique within the file) and faster.
            boolean upsert = workspace.profiles().count() > 0;
            WrittenProfiles written = workspace.jdbi().inTransaction(handle -> writeRows(handle, importId, options, scan,
                    converter, plan.targets(), upsert, counts, progress));
            workspace.image().written(written);
        } catch (RuntimeException e) {
            undo(importId, options, added, counts, e);
            throw e;
        }
        workspace.syncStates().recordRun(SyncStates.Direction.SOURCE, options.sourceLabel(), "import " + importId,
                Instant.now(), "OK", counts.imported + " imported, " + counts.rejected + " rejected");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Imported {} (import {}): {} rows read, {} imported, {} rejected, {} attributes added in {} ms",
                options.file(), importId, counts.read, counts.imported, counts.rejected, added.size(),
                took.toMillis());
        return new CsvImportResult(importId, counts.read, counts.imported, counts.rejected, added, plan.inferred(),
                took);
    }

    private Plan plan(CsvScan scan, CsvHeader.Column key, CsvImportOptions options) {
        Map<String, Attribute> catalog = workspace.attributes().list().stream()
                .collect(Collectors.toMap(Attribute::name, Function.identity()));
        List<RowConverter.Target> targets = new ArrayList<>();
        List<Attribute> toAdd = new ArrayList<>();
        Map<String, AttributeType> inferred = new LinkedHashMap<>();
        for (CsvHeader.Column column : scan.header().columns()) {
            if (column.equals(key)) {
                continue;
            }
            AttributeType type = scan.inferredTypes().get(column.attribute());
            inferred.put(column.attribute(), type);
            Attribute attribute = catalog.get(column.attribute());
            if (attribute == null) {
                attribute = new Attribute(column.attribute(), type, "Column '" + column.label() + "' of "
                        + options.file().getFileName(), options.sourceLabel(), false);
                toAdd.add(attribute);
            } else if (attribute.type() == AttributeType.STRING_LIST) {
                throw new CsvException(options.file() + ": column '" + column.label() + "' would fill attribute '"
                        + attribute.name() + "', a string list; CSV import cannot fill list attributes");
            }
            targets.add(new RowConverter.Target(column, attribute));
        }
        return new Plan(targets, toAdd, inferred);
    }

    private static CsvHeader.Column keyColumn(CsvHeader header, CsvImportOptions options) {
        return header.find(options.keyColumn()).orElseThrow(() -> new CsvException("Key column '"
                + options.keyColumn() + "' is not in the header of " + options.file() + "; its columns are "
                + String.join(", ", header.labels())));
    }

    private WrittenProfiles writeRows(Handle handle, long importId, CsvImportOptions options, CsvScan scan,
                           RowConverter converter, List<RowConverter.Target> targets, boolean upsert,
                           Counts counts, ProgressListener progress) {
        String file = options.file().toString();
        String name = options.file().getFileName().toString();
        List<Attribute> attributes = targets.stream().map(RowConverter.Target::attribute).toList();
        WrittenProfiles written;
        try (CsvReader reader = CsvReader.open(options.file(), options.delimiter());
             ProfileRows rows = ProfileRows.prepare(handle, attributes, upsert)) {
            if (!CsvHeader.read(reader, file, options.delimiter()).labels().equals(scan.header().labels())) {
                throw new CsvException(file + " changed while it was being imported; import it again");
            }
            List<Rejection> rejections = new ArrayList<>();
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                RowConverter.Outcome outcome = converter.convert(++counts.read, record);
                if (outcome instanceof RowConverter.Accepted accepted) {
                    rows.add(accepted.key(), accepted.values());
                    counts.imported++;
                } else if (outcome instanceof RowConverter.Rejected rejected) {
                    rejections.add(rejected.rejection());
                    counts.rejected++;
                    if (rejections.size() == REJECTION_BATCH) {
                        ImportLog.reject(handle, importId, rejections);
                        rejections.clear();
                    }
                }
                if (counts.read % CsvScan.PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.progress(counts.read, scan.rows(), "Importing " + name);
                }
            }
            ImportLog.reject(handle, importId, rejections);
            written = rows.written();
        }
        progress.checkCancelled();
        ImportLog.finish(handle, importId, Instant.now(), counts.read, counts.imported, counts.rejected,
                ImportLog.Status.COMPLETED);
        AuditLog.record(handle, actor, "import.csv", "import", options.sourceLabel(), "import " + importId + ": "
                + counts.read + " rows read, " + counts.imported + " imported, " + counts.rejected + " rejected");
        progress.progress(counts.read, scan.rows(), "Imported " + name);
        return written;
    }

    /** Takes back what the failed import committed outside its transaction, and records the failure. */
    private void undo(long importId, CsvImportOptions options, List<Attribute> added, Counts counts,
                      RuntimeException failure) {
        if (failure instanceof ProgressListener.CancelledException) {
            LOG.info("Import {} cancelled; removing the {} attributes it added", importId, added.size());
        } else {
            LOG.warn("Import {} failed; removing the {} attributes it added", importId, added.size(), failure);
        }
        try {
            for (int i = added.size() - 1; i >= 0; i--) {
                workspace.attributes().remove(added.get(i).name());
            }
            workspace.imports().finish(importId, Instant.now(), counts.read, 0, 0, ImportLog.Status.FAILED);
            workspace.syncStates().recordRun(SyncStates.Direction.SOURCE, options.sourceLabel(), null, Instant.now(),
                    failure instanceof ProgressListener.CancelledException ? "CANCELLED" : "FAILED",
                    String.valueOf(failure.getMessage()));
        } catch (RuntimeException undoFailure) {
            failure.addSuppressed(undoFailure);
        }
    }
}
