package io.segmentstudio.workspace;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Who changed what and when: segment edits, approvals, imports, publishes, erasures. */
public final class AuditLog {
    private final Jdbi jdbi;

    AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One audit entry; details is free text or JSON. */
    public record Entry(Instant occurredAt, String actor, String action, String targetType, String target,
                        String details) {
    }

    public void record(String actor, String action, String targetType, String target, String details) {
        jdbi.useHandle(handle -> record(handle, actor, action, targetType, target, details));
    }

    /** Records inside the caller's transaction, so the entry commits or rolls back with the change. */
    public static void record(Handle handle, String actor, String action, String targetType, String target,
                              String details) {
        handle.createUpdate("""
                        INSERT INTO audit_log (actor, action, target_type, target, details)
                        VALUES (:actor, :action, :targetType, :target, :details)""")
                .bind("actor", actor)
                .bind("action", action)
                .bind("targetType", targetType)
                .bind("target", target)
                .bind("details", details)
                .execute();
    }

    /** Newest first. */
    public List<Entry> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT occurred_at, actor, action, target_type, target, details
                        FROM audit_log ORDER BY audit_id DESC FETCH FIRST :limit ROWS ONLY""")
                .bind("limit", limit)
                .map((rs, ctx) -> new Entry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target"), rs.getString("details")))
                .list());
    }
}
