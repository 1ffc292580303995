package io.segmentstudio.workspace;

import io.segmentstudio.domain.EventTypeCount;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Reads events: totals and counts per event type. */
public final class EventStore {
    private final Jdbi jdbi;

    EventStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM event").mapTo(Long.class).one());
    }

    /** Event types with their counts and first/last occurrence, most frequent first. */
    public List<EventTypeCount> countsByType() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT event_type, COUNT(*) AS n, MIN(occurred_at) AS first_at, MAX(occurred_at) AS last_at
                        FROM event GROUP BY event_type ORDER BY n DESC, event_type""")
                .map((rs, ctx) -> new EventTypeCount(rs.getString("event_type"), rs.getLong("n"),
                        rs.getObject("first_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
