package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.engine.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/**
 * The FROM … WHERE of a correlated subquery over one profile's events, shared by event conditions and
 * computed attributes so that both read the same rows. The WHERE leads with the profile, then the
 * caller's filters (type and time first, for the index (profile_id, event_type, occurred_at)).
 */
final class EventRowsSql {
    private final CompileContext context;

    EventRowsSql(CompileContext context) {
        this.context = context;
    }

    /** {@code FROM event e WHERE e.profile_id = p.profile_id AND …}. */
    SqlFragment from(List<SqlFragment> filters) {
        List<SqlFragment> where = new ArrayList<>();
        where.add(Sql.format("{} = {}", column(context.names().eventProfileId()),
                context.column(SqlNames.PROFILE_ALIAS, context.names().profileId())));
        where.addAll(filters);
        return Sql.format("FROM " + context.syntax().quote(context.names().eventTable()) + " " + SqlNames.EVENT_ALIAS
                + " WHERE {}", Sql.join(where, " AND "));
    }

    SqlFragment ofType(String eventType) {
        return Sql.format("{} = {}", type(), Sql.param(eventType));
    }

    /** The window's instants, from {@link io.segmentstudio.engine.CalendarRanges} as the evaluator has them. */
    SqlFragment within(TimeWindow window) {
        return IntervalSql.instants(occurredAt(), context.calendar().forWindow(window));
    }

    SqlFragment type() {
        return column(context.names().eventType());
    }

    SqlFragment occurredAt() {
        return column(context.names().occurredAt());
    }

    /** An event property's column. */
    SqlFragment property(String property) {
        return column(context.names().eventPropertyColumn(property));
    }

    private SqlFragment column(String name) {
        return context.column(SqlNames.EVENT_ALIAS, name);
    }
}
