package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.engine.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Writes values, operands, intervals and comparisons the way explanations show them. Instants are
 * shown in the workspace zone with their offset, so the calendar day they count on is visible. Rule diffs
 * show nodes with it too, so a condition reads the same in an explanation and in a diff.
 */
public final class Display {
    private final ZoneId zone;

    public Display(ZoneId zone) {
        this.zone = zone;
    }

    /** A profile or event value; null is "missing". */
    public String value(Object value) {
        if (value == null) {
            return "missing";
        } else if (value instanceof String text) {
            return quote(text);
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof Instant instant) {
            return instant.atZone(zone).toOffsetDateTime().toString();
        } else if (value instanceof Collection<?> list) {
            return list.stream().map(this::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    public String values(Collection<?> values) {
        return values.stream().map(this::value).collect(Collectors.joining(", ", "{", "}"));
    }

    /** The operand as the rule states it, before resolving ("30 days", "10 and 20"). */
    public String operand(Operand operand) {
        if (operand instanceof Operand.Single single) {
            return value(single.value().raw());
        } else if (operand instanceof Operand.Range range) {
            return value(range.low().raw()) + " and " + value(range.high().raw());
        } else if (operand instanceof Operand.ValueList list) {
            return list.values().stream().map(v -> value(v.raw())).collect(Collectors.joining(", ", "[", "]"));
        } else if (operand instanceof Operand.Relative relative) {
            return relative.amount() + " " + relative.unit().label();
        }
        return "";
    }

    public <T extends Comparable<? super T>> String interval(Interval<T> interval) {
        String low = interval.low() == null ? "(-∞" : (interval.lowInclusive() ? "[" : "(") + value(interval.low());
        String high = interval.high() == null ? "+∞)" : value(interval.high()) + (interval.highInclusive() ? "]" : ")");
        return low + ", " + high;
    }

    public String comparison(Comparison comparison) {
        String op = comparison.op().key().replace('_', ' ');
        String bound = comparison.value().toPlainString();
        return comparison.op() == Comparison.Op.BETWEEN
                ? op + " " + bound + " and " + comparison.upper().toPlainString()
                : op + " " + bound;
    }

    public String window(TimeWindow window) {
        if (window instanceof TimeWindow.Last last) {
            return "in the last " + last.amount() + " " + last.unit().label();
        } else if (window instanceof TimeWindow.Between between) {
            return "between " + between.from() + " and " + between.to();
        } else if (window instanceof TimeWindow.Before before) {
            return "before " + before.day();
        } else if (window instanceof TimeWindow.After after) {
            return "after " + after.day();
        }
        return "ever";
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\t' -> quoted.append("\\t");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
