package io.segmentstudio.engine;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * Turns calendar operators, relative dates and event windows into concrete intervals for one as-of
 * instant, as semantics.md defines them. The evaluator and the SQL compiler both use it.
 */
public final class CalendarRanges {
    private final AsOf asOf;

    public CalendarRanges(AsOf asOf) {
        this.asOf = asOf;
    }

    public AsOf asOf() {
        return asOf;
    }

    /** Days a date attribute must fall in for the operator (not for anniversary). */
    public Interval<LocalDate> forDate(Operator operator, Operand operand) {
        LocalDate today = asOf.day();
        return switch (operator) {
            case BEFORE -> Interval.below(day(operand));
            case AFTER -> new Interval<>(day(operand), false, null, false);
            case ON -> Interval.closed(day(operand), day(operand));
            case BETWEEN, NOT_BETWEEN -> {
                Operand.Range range = (Operand.Range) operand;
                yield Interval.closed(day(range.low()), day(range.high()));
            }
            case IN_LAST -> Interval.closed(relative(operand).unit().minus(today, relative(operand).amount()), today);
            case MORE_THAN_AGO -> Interval.below(relative(operand).unit().minus(today, relative(operand).amount()));
            case IN_NEXT -> Interval.closed(today, relative(operand).unit().plus(today, relative(operand).amount()));
            default -> throw new IllegalArgumentException(operator.key() + " is not a calendar range");
        };
    }

    /** Instants a timestamp attribute must fall in, through its calendar day in the workspace zone. */
    public Interval<Instant> forTimestamp(Operator operator, Operand operand) {
        LocalDate today = asOf.day();
        return switch (operator) {
            case BEFORE -> Interval.below(asOf.startOf(day(operand)));
            case AFTER -> Interval.atLeast(asOf.startOf(day(operand).plusDays(1)));
            case ON -> Interval.halfOpen(asOf.startOf(day(operand)), asOf.startOf(day(operand).plusDays(1)));
            case BETWEEN, NOT_BETWEEN -> {
                Operand.Range range = (Operand.Range) operand;
                yield Interval.halfOpen(asOf.startOf(day(range.low())), asOf.startOf(day(range.high()).plusDays(1)));
            }
            case IN_LAST -> Interval.closed(
                    asOf.startOf(relative(operand).unit().minus(today, relative(operand).amount())), asOf.instant());
            case MORE_THAN_AGO -> Interval.below(
                    asOf.startOf(relative(operand).unit().minus(today, relative(operand).amount())));
            case IN_NEXT -> Interval.halfOpen(asOf.instant(),
                    asOf.startOf(relative(operand).unit().plus(today, relative(operand).amount()).plusDays(1)));
            default -> throw new IllegalArgumentException(operator.key() + " is not a calendar range");
        };
    }

    /** Instants of the events an event condition looks at; never after the as-of instant. */
    public Interval<Instant> forWindow(TimeWindow window) {
        LocalDate today = asOf.day();
        if (window instanceof TimeWindow.Last last) {
            return Interval.closed(asOf.startOf(last.unit().minus(today, last.amount())), asOf.instant());
        } else if (window instanceof TimeWindow.Between between) {
            Instant end = asOf.startOf(between.to().plusDays(1));
            return end.isAfter(asOf.instant()) ? Interval.closed(asOf.startOf(between.from()), asOf.instant())
                    : Interval.halfOpen(asOf.startOf(between.from()), end);
        } else if (window instanceof TimeWindow.Before before) {
            Instant start = asOf.startOf(before.day());
            return start.isAfter(asOf.instant()) ? new Interval<>(null, false, asOf.instant(), true)
                    : Interval.below(start);
        } else if (window instanceof TimeWindow.After after) {
            return Interval.closed(asOf.startOf(after.day().plusDays(1)), asOf.instant());
        }
        return new Interval<>(null, false, asOf.instant(), true);
    }

    /** The day-of-year an anniversary must fall on: the as-of day plus the operand's days. */
    public Anniversary anniversary(Operand operand) {
        LocalDate target = asOf.day().plusDays(relative(operand).amount());
        boolean feb28InCommonYear = target.getMonth() == Month.FEBRUARY && target.getDayOfMonth() == 28
                && !target.isLeapYear();
        return new Anniversary(MonthDay.from(target), feb28InCommonYear);
    }

    /** Month and day an anniversary falls on; in common years 29 February values count on 28 February. */
    public record Anniversary(MonthDay day, boolean includesFebruary29) {
        public boolean matches(LocalDate date) {
            MonthDay candidate = MonthDay.from(date);
            return candidate.equals(day) || (includesFebruary29 && candidate.equals(MonthDay.of(2, 29)));
        }
    }

    private static LocalDate day(Operand operand) {
        return day(((Operand.Single) operand).value());
    }

    private static LocalDate day(Value value) {
        if (value instanceof Value.Day day) {
            return day.value();
        }
        throw new RuleException("", "expected a date, found " + value.raw());
    }

    private static Operand.Relative relative(Operand operand) {
        return (Operand.Relative) operand;
    }
}
