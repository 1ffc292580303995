package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Appends events in JDBC batches inside the caller's transaction. The catalogued event properties
 * are written to their typed columns; payload fields without a column are kept as JSON, so nothing is
 * stored twice (parsing a duplicate JSON payload cost a tenth of the sample generation).
 */
public final class EventRows implements AutoCloseable {
    private static final int BATCH = 2_000;
    private final JdbcBatch batch;
    private final int width;
    private final Handle uncheckedOn;

    private EventRows(PreparedStatement statement, int width, Handle uncheckedOn) {
        this.batch = new JdbcBatch(statement, BATCH, "events");
        this.width = width;
        this.uncheckedOn = uncheckedOn;
    }

    /** @param properties the typed event properties, in the order their values will be given */
    public static EventRows prepare(Handle handle, List<Attribute> properties) {
        return new EventRows(statement(handle, properties), properties.size(), null);
    }

    /**
     * Like {@link #prepare}, for a writer whose profile ids were all just read from the workspace and
     * that runs alone on it (a sample build): the per-row check that the profile exists proves nothing
     * then and costs a fifth of the load, so it is off until {@link #close()}. H2 does not persist the
     * switch, so a process that dies mid-way cannot leave the check off.
     */
    public static EventRows prepareForKnownProfiles(Handle handle, List<Attribute> properties) {
        PreparedStatement statement = statement(handle, properties);
        handle.execute("ALTER TABLE event SET REFERENTIAL_INTEGRITY FALSE");
        return new EventRows(statement, properties.size(), handle);
    }

    private static PreparedStatement statement(Handle handle, List<Attribute> properties) {
        DataStamp.touch(handle);
        String columns = properties.stream()
                .map(p -> ", " + ColumnTypes.quote(EventPropertyCatalog.columnName(p.name())))
                .collect(Collectors.joining());
        String sql = "INSERT INTO event (profile_id, event_type, occurred_at, source, properties" + columns
                + ") VALUES (?, ?, ?, ?, ? FORMAT JSON" + ", ?".repeat(properties.size()) + ")";
        try {
            return handle.getConnection().prepareStatement(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare event writes: " + e.getMessage(), e);
        }
    }

    /**
     * @param json       the payload fields that have no catalogued column, as a JSON object text; null when
     *                   there are none
     * @param properties values of the typed properties, in prepare order
     */
    public void add(long profileId, String type, Instant occurredAt, String source, String json, Object... properties) {
        if (properties.length != width) {
            throw new IllegalArgumentException("Expected " + width + " property values, got " + properties.length);
        }
        try {
            batch.statement().setLong(1, profileId);
            batch.statement().setString(2, type);
            JdbcValues.bind(batch.statement(), 3, occurredAt);
            batch.statement().setString(4, source);
            batch.statement().setString(5, json);
            for (int i = 0; i < properties.length; i++) {
                JdbcValues.bind(batch.statement(), i + 6, properties[i]);
            }
            batch.add();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write event of profile " + profileId + ": " + e.getMessage(), e);
        }
    }

    public long flush() {
        return batch.flush();
    }

    @Override
    public void close() {
        try {
            batch.close();
        } finally {
            if (uncheckedOn != null) {
                uncheckedOn.execute("ALTER TABLE event SET REFERENTIAL_INTEGRITY TRUE NOCHECK");
            }
        }
    }
}
