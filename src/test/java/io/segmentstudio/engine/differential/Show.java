package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.SqlFragment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Values, profiles and SQL written for failure reports, with every invisible character made visible. */
final class Show {
    private Show() {
    }

    static String value(Object value, AsOf asOf) {
        if (value == null) {
            return "missing";
        } else if (value instanceof String text) {
            return quote(text);
        } else if (value instanceof BigDecimal decimal) {
            return "BigDecimal " + decimal;
        } else if (value instanceof Long number) {
            return "Long " + number;
        } else if (value instanceof Instant instant) {
            return instant + " (" + instant.atZone(asOf.zone()).toOffsetDateTime() + " in the workspace zone)";
        } else if (value instanceof Collection<?> list) {
            return list.stream().map(element -> element == null ? "null" : value(element, asOf))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return value.getClass().getSimpleName() + " " + value;
    }

    /** A Java string literal; spaces other than U+0020, controls, format and combining characters escaped. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    int type = Character.getType(cp);
                    boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                            || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                            || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                            || (type == Character.SPACE_SEPARATOR && cp != ' ');
                    if (invisible) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        quoted.appendCodePoint(cp);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    static String profile(Profile profile, AsOf asOf) {
        StringBuilder text = new StringBuilder("profile ").append(profile.key()).append('\n');
        DiffSchema.ATTRIBUTES.keySet().forEach(name -> text.append("    ").append(name).append(" = ")
                .append(value(profile.value(name), asOf)).append('\n'));
        List<Event> events = profile.events();
        text.append("  ").append(events.size()).append(events.size() == 1 ? " event" : " events").append('\n');
        for (Event event : events) {
            text.append("    ").append(quote(event.type())).append(" at ").append(value(event.occurredAt(), asOf))
                    .append('\n');
            DiffSchema.PROPERTIES.keySet().forEach(name -> text.append("        ").append(name).append(" = ")
                    .append(value(event.properties().get(name), asOf)).append('\n'));
        }
        return text.toString();
    }

    static String sql(SqlFragment fragment) {
        StringBuilder text = new StringBuilder(fragment.sql()).append('\n');
        List<Object> params = fragment.params();
        for (int i = 0; i < params.size(); i++) {
            Object param = params.get(i);
            text.append("  -- ").append(i + 1).append(": ").append(param == null ? "null" : param.getClass().getSimpleName())
                    .append(' ').append(param instanceof String s ? quote(s) : String.valueOf(param)).append('\n');
        }
        return text.toString();
    }
}
