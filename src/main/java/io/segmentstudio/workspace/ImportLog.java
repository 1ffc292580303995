package io.segmentstudio.workspace;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Every import run and every row it rejected, with where and why. */
public final class ImportLog {
    private final Jdbi jdbi;

    ImportLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public enum Status { RUNNING, COMPLETED, FAILED }

    public record ImportRun(long id, String source, Instant startedAt, Instant finishedAt, long rowsRead,
                            long rowsImported, long rowsRejected, Status status) {
    }

    /** A rejected row: its 1-based data row number (header excluded), the column at fault if one, the reason. */
    public record Rejection(long rowNumber, String column, String reason, String rawRow) {
    }

    /** Starts a run in its own transaction, so a failed import still leaves its trace. */
    public long start(String source, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "INSERT INTO import_run (source, started_at, status) VALUES (:source, :at, 'RUNNING')")
                .bind("source", source)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("import_id")
                .mapTo(Long.class).one());
    }

    /** Records rejections inside the import's transaction. */
    public static void reject(Handle handle, long importId, List<Rejection> rejections) {
        var batch = handle.prepareBatch("""
                INSERT INTO import_rejection (import_id, row_number, column_name, reason, raw_row)
                VALUES (:id, :row, :column, :reason, :raw)""");
        for (Rejection rejection : rejections) {
            batch.bind("id", importId).bind("row", rejection.rowNumber()).bind("column", rejection.column())
                    .bind("reason", rejection.reason()).bind("raw", rejection.rawRow()).add();
        }
        if (!rejections.isEmpty()) {
            batch.execute();
        }
    }

    public static void finish(Handle handle, long importId, Instant at, long read, long imported, long rejected,
                              Status status) {
        handle.createUpdate("""
                        UPDATE import_run SET finished_at = :at, rows_read = :read, rows_imported = :imported,
                            rows_rejected = :rejected, status = :status WHERE import_id = :id""")
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("read", read)
                .bind("imported", imported)
                .bind("rejected", rejected)
                .bind("status", status.name())
                .bind("id", importId)
                .execute();
    }

    public void finish(long importId, Instant at, long read, long imported, long rejected, Status status) {
        jdbi.useHandle(handle -> finish(handle, importId, at, read, imported, rejected, status));
    }

    public List<ImportRun> runs() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM import_run ORDER BY import_id DESC")
                .map((rs, ctx) -> {
                    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
                    return new ImportRun(rs.getLong("import_id"), rs.getString("source"),
                            rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                            finished == null ? null : finished.toInstant(), rs.getLong("rows_read"),
                            rs.getLong("rows_imported"), rs.getLong("rows_rejected"),
                            Status.valueOf(rs.getString("status")));
                })
                .list());
    }

    public List<Rejection> rejections(long importId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT row_number, column_name, reason, raw_row FROM import_rejection
                        WHERE import_id = :id ORDER BY row_number""")
                .bind("id", importId)
                .map((rs, ctx) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
    }
}
