package io.segmentstudio.workspace;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Where each incoming source and outgoing destination stopped, so syncs resume and the UI can say when. */
public final class SyncStates {
    private final Jdbi jdbi;

    SyncStates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public enum Direction { SOURCE, DESTINATION }

    public record SyncState(Direction direction, String name, String cursor, Instant lastRunAt, String lastStatus,
                            String lastMessage) {
    }

    public List<SyncState> list() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT direction, name, sync_cursor, last_run_at, last_status, last_message
                        FROM sync_state ORDER BY direction, name""")
                .map((rs, ctx) -> {
                    OffsetDateTime lastRun = rs.getObject("last_run_at", OffsetDateTime.class);
                    return new SyncState(Direction.valueOf(rs.getString("direction")), rs.getString("name"),
                            rs.getString("sync_cursor"), lastRun == null ? null : lastRun.toInstant(),
                            rs.getString("last_status"), rs.getString("last_message"));
                })
                .list());
    }

    /** Records a finished run of a source or destination. */
    public void recordRun(Direction direction, String name, String cursor, Instant at, String status, String message) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        MERGE INTO sync_state (direction, name, sync_cursor, last_run_at, last_status, last_message)
                        KEY (direction, name) VALUES (:direction, :name, :cursor, :at, :status, :message)""")
                .bind("direction", direction.name())
                .bind("name", name)
                .bind("cursor", cursor)
                .bind("at", at.atOffset(java.time.ZoneOffset.UTC))
                .bind("status", status)
                .bind("message", message)
                .execute());
    }

    /** The most recent run of any source or destination. */
    public Optional<Instant> lastSync() {
        return list().stream().map(SyncState::lastRunAt).filter(java.util.Objects::nonNull).max(Instant::compareTo);
    }
}
