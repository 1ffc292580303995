package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.Interval;
import io.segmentstudio.engine.SqlFragment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes "value lies in the interval" from a {@link io.segmentstudio.engine.CalendarRanges} interval, so
 * SQL and the in-memory evaluator share the exact bounds and their inclusiveness.
 */
final class IntervalSql {
    private IntervalSql() {
    }

    /** Day bounds for a DATE column. */
    static SqlFragment days(SqlFragment column, Interval<LocalDate> interval) {
        return within(column, interval, day -> day);
    }

    /** Instant bounds for a TIMESTAMP WITH TIME ZONE column, bound as UTC OffsetDateTime. */
    static SqlFragment instants(SqlFragment column, Interval<Instant> interval) {
        return within(column, interval, instant -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static <T extends Comparable<? super T>> SqlFragment within(SqlFragment column, Interval<T> interval,
                                                                        Function<T, Object> parameter) {
        List<SqlFragment> bounds = new ArrayList<>();
        if (interval.low() != null) {
            bounds.add(Sql.format("{} " + (interval.lowInclusive() ? ">=" : ">") + " {}", column,
                    Sql.param(parameter.apply(interval.low()))));
        }
        if (interval.high() != null) {
            bounds.add(Sql.format("{} " + (interval.highInclusive() ? "<=" : "<") + " {}", column,
                    Sql.param(parameter.apply(interval.high()))));
        }
        if (bounds.isEmpty()) {
            throw new IllegalArgumentException("calendar intervals always have a bound");
        }
        return Sql.join(bounds, " AND ");
    }
}
