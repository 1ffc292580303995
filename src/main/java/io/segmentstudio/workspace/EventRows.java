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
 * are written to their typed columns; the full payload is kept as JSON.
 */
public final class EventRows implements AutoCloseable {
    private static final int BATCH = 2_000;
    private final JdbcBatch batch;
    private final int width;

    private EventRows(PreparedStatement statement, int width) {
        this.batch = new JdbcBatch(statement, BATCH, "events");
        this.width = width;
    }

    /** @param properties the typed event properties, in the order their values will be given */
    public static EventRows prepare(Handle handle, List<Attribute> properties) {
        String columns = properties.stream()
                .map(p -> ", " + ColumnTypes.quote(EventPropertyCatalog.columnName(p.name())))
                .collect(Collectors.joining());
        String sql = "INSERT INTO event (profile_id, event_type, occurred_at, source, properties" + columns
                + ") VALUES (?, ?, ?, ?, ? FORMAT JSON" + ", ?".repeat(properties.size()) + ")";
        try {
            return new EventRows(handle.getConnection().prepareStatement(sql), properties.size());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare event writes: " + e.getMessage(), e);
        }
    }

    /**
     * @param json       the whole payload as a JSON object text, or null
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
        batch.close();
    }
}
