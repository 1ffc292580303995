package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Writes profiles in JDBC batches inside the caller's transaction. Values are given in the order of
 * the attributes the writer was prepared for; null is a missing value.
 */
public final class ProfileRows implements AutoCloseable {
    private static final int BATCH = 1_000;
    /** Beyond this many keys an image is loaded again rather than brought in step key by key. */
    private static final int REPLAYABLE_KEYS = 100_000;
    private final JdbcBatch batch;
    private final int width;
    private final String stamp;
    private final Timestamp now = Timestamp.from(Instant.now());
    private Set<String> keys = new HashSet<>();

    private ProfileRows(JdbcBatch batch, int width, String stamp) {
        this.batch = batch;
        this.width = width;
        this.stamp = stamp;
    }

    /**
     * @param upsert true to update profiles whose key exists (imports), false for plain inserts of new
     *               keys (generated samples, where it is faster)
     */
    public static ProfileRows prepare(Handle handle, List<Attribute> attributes, boolean upsert) {
        String stamp = DataStamp.touch(handle);
        String sql = sql(attributes, upsert);
        try {
            return new ProfileRows(new JdbcBatch(handle.getConnection().prepareStatement(sql), BATCH, "profiles"),
                    attributes.size(), stamp);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare profile writes: " + e.getMessage(), e);
        }
    }

    /**
     * Plain inserts of new keys that keep the row id given to each profile, for writers that attach
     * events to the profiles they have just written (see {@link #takeIds()}).
     */
    public static ProfileRows prepareKeepingIds(Handle handle, List<Attribute> attributes) {
        String stamp = DataStamp.touch(handle);
        String sql = sql(attributes, false);
        try {
            PreparedStatement statement = handle.getConnection().prepareStatement(sql, new String[] {"profile_id"});
            return new ProfileRows(new JdbcBatch(statement, BATCH, "profiles", true), attributes.size(), stamp);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare profile writes: " + e.getMessage(), e);
        }
    }

    private static String sql(List<Attribute> attributes, boolean upsert) {
        String columns = attributes.stream()
                .map(a -> ColumnTypes.quote(AttributeCatalog.columnName(a.name())))
                .collect(Collectors.joining(", "));
        String placeholders = ", ?".repeat(attributes.size());
        return (upsert ? "MERGE INTO profile (profile_key, updated_at" : "INSERT INTO profile (profile_key, updated_at")
                + (columns.isEmpty() ? "" : ", " + columns) + ")"
                + (upsert ? " KEY (profile_key)" : "")
                + " VALUES (?, ?" + placeholders + ")";
    }

    public void add(String key, Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("Expected " + width + " values, got " + values.length);
        }
        try {
            batch.statement().setString(1, key);
            batch.statement().setTimestamp(2, now);
            for (int i = 0; i < values.length; i++) {
                JdbcValues.bind(batch.statement(), i + 3, values[i]);
            }
            batch.add();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write profile '" + key + "': " + e.getMessage(), e);
        }
        if (keys != null && keys.add(key) && keys.size() > REPLAYABLE_KEYS) {
            keys = null;
        }
    }

    /** What this writer wrote, to hand to {@link WorkspaceImage#written} once its transaction commits. */
    public WrittenProfiles written() {
        return new WrittenProfiles(stamp, keys == null ? null : Set.copyOf(keys));
    }

    /**
     * Writes the pending profiles and returns the row ids of those added since the last call, in the
     * order they were added. Only for writers made by {@link #prepareKeepingIds}.
     */
    public long[] takeIds() {
        return batch.takeKeys();
    }

    /** Sends the pending batch; returns the number of profiles written so far. */
    public long flush() {
        return batch.flush();
    }

    @Override
    public void close() {
        batch.close();
    }
}
