package io.segmentstudio.engine.format.sql;

import io.segmentstudio.engine.Dialect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A compiler parameter written as a SQL literal of a dialect, for people to read. Strings are always
 * closed: standard SQL (H2, PostgreSQL, DuckDB) doubles the quote and keeps every other character;
 * Snowflake and BigQuery read backslash escapes inside quotes, so there the backslash, the quote and
 * control characters are escaped too.
 */
final class SqlLiteralText {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx",
            Locale.ROOT);

    private SqlLiteralText() {
    }

    static String of(Object value, Dialect dialect) {
        if (value instanceof String text) {
            return string(text, dialect);
        } else if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof Boolean flag) {
            return flag ? "TRUE" : "FALSE";
        } else if (value instanceof LocalDate day) {
            return "DATE '" + day + "'";
        } else if (value instanceof OffsetDateTime moment) {
            String text = "'" + TIMESTAMP.format(moment) + "'";
            return switch (dialect) {
                case SNOWFLAKE -> text + "::TIMESTAMP_TZ";
                case BIGQUERY -> "TIMESTAMP " + text;
                default -> "TIMESTAMP WITH TIME ZONE " + text;
            };
        }
        throw new IllegalArgumentException("no literal for a " + value.getClass().getSimpleName());
    }

    private static String string(String text, Dialect dialect) {
        boolean backslashes = dialect == Dialect.SNOWFLAKE || dialect == Dialect.BIGQUERY;
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                out.append(backslashes ? "\\'" : "''");
            } else if (backslashes && c == '\\') {
                out.append("\\\\");
            } else if (backslashes && Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
