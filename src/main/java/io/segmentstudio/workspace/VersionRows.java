package io.segmentstudio.workspace;

import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes segment version rows inside a caller's transaction; shared by the catalog's services. */
final class VersionRows {
    private static final String SELECT = """
            SELECT s.segment_id, s.name, v.version, v.status, v.author, v.change_comment, v.created_at,
                   v.submitted_by, v.submitted_at, v.reviewed_by, v.reviewed_at, v.review_comment, v.restored_from
            FROM segment s JOIN segment_version v ON v.segment_id = s.segment_id
            """;

    private VersionRows() {
    }

    /**
     * Locks the segment's row until the transaction ends, so that two users acting on one segment take
     * turns; returns its id.
     *
     * @throws IllegalArgumentException when there is no such segment
     */
    static long lock(Handle handle, String segment) {
        return handle.createQuery("SELECT segment_id FROM segment WHERE name = :name FOR UPDATE")
                .bind("name", segment)
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> noSuchSegment(segment));
    }

    /** The newest version of the segment. */
    static SegmentVersion head(Handle handle, String segment) {
        return handle.createQuery(SELECT + " WHERE s.name = :name AND v.version = s.current_version")
                .bind("name", segment)
                .map((rs, ctx) -> map(rs))
                .findOne()
                .orElseThrow(() -> noSuchSegment(segment));
    }

    static Optional<SegmentVersion> find(Handle handle, String segment, int version) {
        return handle.createQuery(SELECT + " WHERE s.name = :name AND v.version = :version")
                .bind("name", segment)
                .bind("version", version)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    static SegmentVersion version(Handle handle, String segment, int version) {
        return find(handle, segment, version).orElseThrow(() -> {
            head(handle, segment); // names a missing segment before a missing version
            return new IllegalArgumentException("Segment '" + segment + "' has no version " + version);
        });
    }

    /** Every version, newest first. */
    static List<SegmentVersion> history(Handle handle, String segment) {
        List<SegmentVersion> versions = handle.createQuery(SELECT + " WHERE s.name = :name ORDER BY v.version DESC")
                .bind("name", segment)
                .map((rs, ctx) -> map(rs))
                .list();
        if (versions.isEmpty()) {
            throw noSuchSegment(segment);
        }
        return versions;
    }

    /** The newest approved or published version, if any. */
    static Optional<SegmentVersion> newestApproved(Handle handle, String segment) {
        return handle.createQuery(SELECT + " WHERE s.name = :name AND v.status IN ('APPROVED', 'PUBLISHED')"
                        + " ORDER BY v.version DESC FETCH FIRST 1 ROW ONLY")
                .bind("name", segment)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    static String definition(Handle handle, long segmentId, int version) {
        return handle.createQuery("SELECT definition FROM segment_version WHERE segment_id = :id AND version = :version")
                .bind("id", segmentId)
                .bind("version", version)
                .mapTo(String.class)
                .one();
    }

    /**
     * Adds the next version as a draft and makes it the segment's current one.
     *
     * @param restoredFrom the version it copies, or 0
     * @return the new version's number
     */
    static int insertDraft(Handle handle, long segmentId, String definition, String author, String comment,
                           int restoredFrom) {
        int version = handle.createQuery("SELECT MAX(version) + 1 FROM segment_version WHERE segment_id = :id")
                .bind("id", segmentId)
                .mapTo(Integer.class)
                .one();
        handle.createUpdate("""
                        INSERT INTO segment_version (segment_id, version, definition, status, author, change_comment,
                                                     restored_from)
                        VALUES (:id, :version, :definition, 'DRAFT', :author, :comment, :restoredFrom)""")
                .bind("id", segmentId)
                .bind("version", version)
                .bind("definition", definition)
                .bind("author", author)
                .bind("comment", comment == null ? "" : comment.strip())
                .bind("restoredFrom", restoredFrom == 0 ? null : restoredFrom)
                .execute();
        handle.createUpdate("UPDATE segment SET current_version = :version, updated_at = CURRENT_TIMESTAMP"
                        + " WHERE segment_id = :id")
                .bind("version", version)
                .bind("id", segmentId)
                .execute();
        return version;
    }

    static void setStatus(Handle handle, long segmentId, int version, SegmentStatus status) {
        handle.createUpdate("UPDATE segment_version SET status = :status WHERE segment_id = :id AND version = :version")
                .bind("status", status.name())
                .bind("id", segmentId)
                .bind("version", version)
                .execute();
        handle.createUpdate("UPDATE segment SET updated_at = CURRENT_TIMESTAMP WHERE segment_id = :id")
                .bind("id", segmentId)
                .execute();
    }

    static IllegalArgumentException noSuchSegment(String segment) {
        return new IllegalArgumentException("No segment named '" + segment + "'");
    }

    private static SegmentVersion map(ResultSet rs) throws SQLException {
        int restored = rs.getInt("restored_from");
        boolean original = rs.wasNull();
        return new SegmentVersion(rs.getLong("segment_id"), rs.getString("name"), rs.getInt("version"),
                SegmentStatus.valueOf(rs.getString("status")), rs.getString("author"), rs.getString("change_comment"),
                instant(rs, "created_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                rs.getString("reviewed_by"), instant(rs, "reviewed_at"), rs.getString("review_comment"),
                original ? 0 : restored);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
