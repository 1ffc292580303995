package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.Interval;
import io.segmentstudio.engine.SqlFragment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    /**
     * Instant bounds for a TIMESTAMP WITH TIME ZONE column, bound as UTC OffsetDateTime. Databases store
     * microseconds, and their drivers round a finer parameter differently (PostgreSQL's and H2's to the
     * nearest microsecond, DuckDB's down), so a bound with a finer fraction — an as-of instant such as
     * 12:00:00.000000842 — is first moved to the microsecond that selects the same stored values:
     * {@code v <= b} is {@code v <= floor(b)}, {@code v < b} is {@code v < ceil(b)}, and so on.
     */
    static SqlFragment instants(SqlFragment column, Interval<Instant> interval) {
        Interval<Instant> micros = new Interval<>(
                toMicros(interval.low(), !interval.lowInclusive()), interval.lowInclusive(),
                toMicros(interval.high(), interval.highInclusive()), interval.highInclusive());
        return within(column, micros, instant -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The microsecond at or below ({@code down}) or at or above the instant; null stays null. */
    private static Instant toMicros(Instant instant, boolean down) {
        if (instant == null) {
            return null;
        }
        Instant floor = instant.truncatedTo(ChronoUnit.MICROS);
        return down || floor.equals(instant) ? floor : floor.plus(1, ChronoUnit.MICROS);
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
