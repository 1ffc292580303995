package io.segmentstudio.workspace;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores a segment's members after an evaluation and records who entered and who exited since the
 * previous one, in one transaction, so the membership and its history never disagree.
 */
public final class MembershipStore {
    private static final int BATCH = 5_000;
    private final Jdbi jdbi;

    MembershipStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What changed with an evaluation. */
    public record Change(long members, long entered, long exited) {
    }

    /**
     * Replaces the segment's members by {@code profileIds} (any order, no duplicates).
     *
     * @param evaluatedAt when the evaluation ran (the history's timestamp)
     * @param asOf        the instant the rule was evaluated as of
     */
    public Change replace(long segmentId, int version, long[] profileIds, Instant evaluatedAt, Instant asOf) {
        long[] now = profileIds.clone();
        Arrays.sort(now);
        return jdbi.inTransaction(handle -> {
            long[] before = handle.createQuery("SELECT profile_id FROM membership WHERE segment_id = :id ORDER BY profile_id")
                    .bind("id", segmentId).mapTo(Long.class).stream().mapToLong(Long::longValue).toArray();
            long[] entered = difference(now, before);
            long[] exited = difference(before, now);
            try {
                write(handle, "DELETE FROM membership WHERE segment_id = ? AND profile_id = ?", segmentId, exited, null);
                write(handle, "INSERT INTO membership (segment_id, profile_id, entered_at) VALUES (?, ?, ?)", segmentId,
                        entered, evaluatedAt);
                history(handle, segmentId, version, entered, "ENTERED", evaluatedAt);
                history(handle, segmentId, version, exited, "EXITED", evaluatedAt);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot store the members of segment " + segmentId + ": "
                        + e.getMessage(), e);
            }
            handle.createUpdate("""
                            INSERT INTO segment_evaluation (segment_id, version, evaluated_at, as_of, members)
                            VALUES (:id, :version, :at, :asOf, :members)""")
                    .bind("id", segmentId)
                    .bind("version", version)
                    .bind("at", evaluatedAt.atOffset(ZoneOffset.UTC))
                    .bind("asOf", asOf.atOffset(ZoneOffset.UTC))
                    .bind("members", now.length)
                    .execute();
            return new Change(now.length, entered.length, exited.length);
        });
    }

    /** Row ids of the current members, ascending. */
    public long[] members(long segmentId) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT profile_id FROM membership WHERE segment_id = :id ORDER BY profile_id")
                .bind("id", segmentId).mapTo(Long.class).stream().mapToLong(Long::longValue).toArray());
    }

    /** Entries and exits of a segment, oldest first: (profile key, change, when). */
    public java.util.List<HistoryEntry> history(long segmentId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT p.profile_key, h.change, h.changed_at, h.version FROM membership_history h
                        JOIN profile p ON p.profile_id = h.profile_id
                        WHERE h.segment_id = :id ORDER BY h.history_id""")
                .bind("id", segmentId)
                .map((rs, ctx) -> new HistoryEntry(rs.getString(1), rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getInt(4)))
                .list());
    }

    /** One entry or exit. */
    public record HistoryEntry(String profileKey, String change, Instant at, int version) {
    }

    static void write(Handle handle, String sql, long segmentId, long[] ids, Instant at) throws SQLException {
        try (JdbcBatch batch = new JdbcBatch(handle.getConnection().prepareStatement(sql), BATCH, "memberships")) {
            for (long id : ids) {
                batch.statement().setLong(1, segmentId);
                batch.statement().setLong(2, id);
                if (at != null) {
                    batch.statement().setObject(3, at.atOffset(ZoneOffset.UTC));
                }
                batch.add();
            }
        }
    }

    static void history(Handle handle, long segmentId, int version, long[] ids, String change, Instant at)
            throws SQLException {
        try (JdbcBatch batch = new JdbcBatch(handle.getConnection().prepareStatement("INSERT INTO membership_history"
                + " (segment_id, profile_id, change, changed_at, version) VALUES (?, ?, ?, ?, ?)"), BATCH,
                "membership history")) {
            for (long id : ids) {
                batch.statement().setLong(1, segmentId);
                batch.statement().setLong(2, id);
                batch.statement().setString(3, change);
                batch.statement().setObject(4, at.atOffset(ZoneOffset.UTC));
                batch.statement().setInt(5, version);
                batch.add();
            }
        }
    }

    /** Sorted a minus sorted b. */
    static long[] difference(long[] a, long[] b) {
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long value : a) {
            while (j < b.length && b[j] < value) {
                j++;
            }
            if (j >= b.length || b[j] != value) {
                out[n++] = value;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
