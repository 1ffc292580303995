package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reads profiles with their typed values and events, as the in-memory evaluator takes them. */
public final class ProfileReader {
    private final Jdbi jdbi;

    ProfileReader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One profile by key, with all its events in time order. */
    public Optional<Profile> find(String key) {
        return jdbi.withHandle(handle -> {
            List<Attribute> attributes = AttributeCatalog.list(handle);
            List<Attribute> properties = EventPropertyCatalog.list(handle);
            Optional<Map.Entry<Long, Map<String, Object>>> row = handle
                    .createQuery("SELECT * FROM profile WHERE profile_key = :key")
                    .bind("key", key)
                    .map((rs, ctx) -> Map.entry(rs.getLong("profile_id"), values(rs, attributes, true)))
                    .findOne();
            return row.map(r -> new Profile(key, r.getValue(), events(handle, r.getKey(), properties)));
        });
    }

    /** Streams every profile with its events, in profile id order; for whole-workspace evaluation in memory. */
    public void forEach(Consumer<Profile> consumer) {
        jdbi.useHandle(handle -> {
            List<Attribute> attributes = AttributeCatalog.list(handle);
            List<Attribute> properties = EventPropertyCatalog.list(handle);
            Map<Long, List<Event>> events = new HashMap<>();
            handle.createQuery("SELECT * FROM event ORDER BY profile_id, occurred_at, event_id")
                    .map((rs, ctx) -> Map.entry(rs.getLong("profile_id"), event(rs, properties)))
                    .forEach(e -> events.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            handle.createQuery("SELECT * FROM profile ORDER BY profile_id")
                    .map((rs, ctx) -> new Profile(rs.getString("profile_key"), values(rs, attributes, true),
                            events.getOrDefault(rs.getLong("profile_id"), List.of())))
                    .forEach(consumer);
        });
    }

    private static List<Event> events(Handle handle, long profileId, List<Attribute> properties) {
        return handle.createQuery("SELECT * FROM event WHERE profile_id = :id ORDER BY occurred_at, event_id")
                .bind("id", profileId)
                .map((rs, ctx) -> event(rs, properties))
                .list();
    }

    static Event event(ResultSet rs, List<Attribute> properties) throws SQLException {
        return new Event(rs.getString("event_type"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                values(rs, properties, false));
    }

    /** Typed values of the catalogued columns; missing values are left out of the map. */
    static Map<String, Object> values(ResultSet rs, List<Attribute> attributes, boolean profile)
            throws SQLException {
        Map<String, Object> values = new HashMap<>();
        for (Attribute attribute : attributes) {
            String column = profile ? AttributeCatalog.columnName(attribute.name())
                    : EventPropertyCatalog.columnName(attribute.name());
            Object value = value(rs, rs.findColumn(column), attribute.type());
            if (value != null) {
                values.put(attribute.name(), value);
            }
        }
        return values;
    }

    /** One catalogued value as the engines take it (Long, BigDecimal, Instant, List…), null when missing. */
    static Object value(ResultSet rs, int column, AttributeType type) throws SQLException {
        return switch (type) {
            case STRING -> rs.getString(column);
            case INTEGER -> rs.getObject(column, Long.class);
            case DECIMAL -> rs.getBigDecimal(column);
            case BOOLEAN -> rs.getObject(column, Boolean.class);
            case DATE -> rs.getObject(column, LocalDate.class);
            case TIMESTAMP -> {
                OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
            case STRING_LIST -> {
                Array array = rs.getArray(column);
                yield array == null ? null : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
            }
        };
    }
}
