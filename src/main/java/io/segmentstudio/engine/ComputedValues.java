package io.segmentstudio.engine;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.Event;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * The value of a computed attribute for one profile's events, as of an instant: the window is the
 * event conditions' (calendar days in the workspace zone, never after the as-of instant). Sums, minima
 * and maxima are exact; averages and rates are rounded to 16 significant digits (they are stored, and
 * a quotient such as 1/3 has no exact decimal). First and last values are the property's value on
 * the earliest and the latest event where it is present; among events at the same instant, the
 * smallest value counts as first and the largest as last (strings by code point, the order SQL can
 * give too), so the answer never depends on storage order. Over no events (or no values) everything
 * but the count is missing.
 */
public final class ComputedValues {
    /** How averages and rates are rounded: 16 significant digits, ties to even. */
    static final MathContext STORED = MathContext.DECIMAL64;
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
        Event first = null;
        Event latest = null;
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
            if (attribute.property() != null && !attribute.kind().needsNumericProperty()) {
                Object value = event.properties().get(attribute.property());
                if (value != null) {
                    first = first == null || earlier(event, first, attribute.property()) ? event : first;
                    latest = latest == null || earlier(latest, event, attribute.property()) ? event : latest;
                }
            } else if (attribute.property() != null) {
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
            case FIRST_VALUE -> first == null ? null : first.properties().get(attribute.property());
            case LAST_VALUE -> latest == null ? null : latest.properties().get(attribute.property());
        };
    }

    /** Whether a comes before b: by time, then by value (numbers by value: 2.50 and 2.5 tie). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean earlier(Event a, Event b, String property) {
        int byTime = a.occurredAt().compareTo(b.occurredAt());
        if (byTime != 0) {
            return byTime < 0;
        }
        Object x = a.properties().get(property);
        Object y = b.properties().get(property);
        if (x instanceof Number && y instanceof Number) {
            return decimal(x).compareTo(decimal(y)) < 0;
        }
        if (x instanceof String s && y instanceof String t) {
            // Code points, not UTF-16 units: '\uFF11' sorts before an emoji, as in UTF-8 bytes.
            return Arrays.compare(s.codePoints().toArray(), t.codePoints().toArray()) < 0;
        }
        return ((Comparable) x).compareTo(y) < 0;
    }

    private static BigDecimal decimal(Object number) {
        return number instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) number).longValue());
    }

    /** Without trailing zeros, and never in exponent form (1E+2 becomes 100). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
