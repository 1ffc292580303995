package io.segmentstudio.engine;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.Event;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The value of a computed attribute for one profile's events, as of an instant: the window is the
 * event conditions' (calendar days in the workspace zone, never after the as-of instant). Sums, minima
 * and maxima are exact; averages and rates are rounded to 16 significant digits (they are stored, and
 * a quotient such as 1/3 has no exact decimal). Over no events (or no values) everything but the count
 * is missing.
 */
public final class ComputedValues {
    private static final MathContext STORED = MathContext.DECIMAL64;
    private final AsOf asOf;
    private final CalendarRanges ranges;

    public ComputedValues(AsOf asOf) {
        this.asOf = asOf;
        this.ranges = new CalendarRanges(asOf);
    }

    /** Long for counts and days, BigDecimal for the others; null when missing. */
    public Object compute(ComputedAttribute attribute, Iterable<Event> events) {
        Interval<Instant> window = ranges.forWindow(attribute.window());
        long count = 0;
        long per = 0;
        long values = 0;
        Instant last = null;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min = null;
        BigDecimal max = null;
        for (Event event : events) {
            if (!window.contains(event.occurredAt())) {
                continue;
            }
            if (event.type().equals(attribute.per())) {
                per++;
            }
            if (!event.type().equals(attribute.eventType())) {
                continue;
            }
            count++;
            last = last == null || event.occurredAt().isAfter(last) ? event.occurredAt() : last;
            if (attribute.property() != null) {
                Object value = event.properties().get(attribute.property());
                if (value != null) {
                    BigDecimal v = value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
                    values++;
                    sum = sum.add(v);
                    min = min == null || v.compareTo(min) < 0 ? v : min;
                    max = max == null || v.compareTo(max) > 0 ? v : max;
                }
            }
        }
        return switch (attribute.kind()) {
            case COUNT -> count;
            case DAYS_SINCE_LAST -> last == null ? null : ChronoUnit.DAYS.between(asOf.dayOf(last), asOf.day());
            case SUM -> values == 0 ? null : sum;
            case MIN -> min;
            case MAX -> max;
            case AVG -> values == 0 ? null : plain(sum.divide(BigDecimal.valueOf(values), STORED));
            case RATE -> per == 0 ? null : plain(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(per), STORED));
        };
    }

    /** Without trailing zeros, and never in exponent form (1E+2 becomes 100). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
