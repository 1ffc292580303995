package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.CalendarRanges;
import io.segmentstudio.engine.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Positive operators on dates (LocalDate) and timestamps (Instant). Every calendar boundary comes from
 * {@link CalendarRanges}, which the SQL compiler uses too, so both backends cut days identically.
 */
final class TemporalMatchers {
    private final CalendarRanges ranges;
    private final Display display;

    TemporalMatchers(CalendarRanges ranges, Display display) {
        this.ranges = ranges;
        this.display = display;
    }

    ValueMatcher create(AttributeType type, Operator positive, Operand operand) {
        return switch (positive) {
            case EQUALS -> {
                LocalDate day = day(((Operand.Single) operand).value());
                yield ValueMatcher.present("equal to " + day, value -> ((LocalDate) value).equals(day));
            }
            case IN -> {
                Set<LocalDate> days = new LinkedHashSet<>();
                ((Operand.ValueList) operand).values().forEach(v -> days.add(day(v)));
                yield ValueMatcher.present("one of " + display.values(days), value -> days.contains((LocalDate) value));
            }
            case ANNIVERSARY -> anniversary(type, operand);
            case BETWEEN, BEFORE, AFTER, ON, IN_LAST, MORE_THAN_AGO, IN_NEXT -> type == AttributeType.TIMESTAMP
                    ? instants(ranges.forTimestamp(positive, operand))
                    : days(ranges.forDate(positive, operand));
            default -> throw new IllegalArgumentException("operator '" + positive.key() + "' does not apply to "
                    + type.label() + " values");
        };
    }

    private ValueMatcher days(Interval<LocalDate> interval) {
        return ValueMatcher.present("in " + display.interval(interval), value -> interval.contains((LocalDate) value));
    }

    private ValueMatcher instants(Interval<Instant> interval) {
        return ValueMatcher.present("in " + display.interval(interval), value -> interval.contains((Instant) value));
    }

    /** A timestamp has its anniversary on its calendar day in the workspace zone. */
    private ValueMatcher anniversary(AttributeType type, Operand operand) {
        // CalendarRanges counts the amount in days whatever the unit; refuse rather than misread "2 weeks".
        if (((Operand.Relative) operand).unit() != TimeUnit.DAYS) {
            throw new IllegalArgumentException("anniversary takes a number of days, found "
                    + display.operand(operand));
        }
        CalendarRanges.Anniversary anniversary = ranges.anniversary(operand);
        String expected = "anniversary on " + anniversary.day().getDayOfMonth() + " "
                + anniversary.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + (anniversary.includesFebruary29() ? " (29 February counts in this common year)" : "");
        if (type == AttributeType.TIMESTAMP) {
            AsOf asOf = ranges.asOf();
            return ValueMatcher.present(expected, value -> anniversary.matches(asOf.dayOf((Instant) value)));
        }
        return ValueMatcher.present(expected, value -> anniversary.matches((LocalDate) value));
    }

    private static LocalDate day(Value value) {
        if (value instanceof Value.Day day) {
            return day.value();
        }
        throw new IllegalArgumentException("expected a date (yyyy-mm-dd), found " + value.raw());
    }
}
