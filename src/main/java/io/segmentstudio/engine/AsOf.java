package io.segmentstudio.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The instant a segment is evaluated at and the workspace time zone that turns it into calendar days.
 * The engine never reads the clock: callers pass this explicitly.
 */
public record AsOf(Instant instant, ZoneId zone) {
    public AsOf {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
    }

    /** The as-of day: the calendar day of the instant in the workspace zone. */
    public LocalDate day() {
        return instant.atZone(zone).toLocalDate();
    }

    /** First instant of a calendar day in the workspace zone (DST-safe: not always midnight). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The calendar day of an instant in the workspace zone. */
    public LocalDate dayOf(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }
}
