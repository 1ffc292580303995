package io.segmentstudio.ingest.csv;

import io.segmentstudio.domain.AttributeType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the text of a CSV cell means for each attribute type. The formats are deliberately plain and
 * locale-free, so that a file reads the same on every computer:
 * <ul>
 *   <li>integer: optional sign and digits, within the range of a long;</li>
 *   <li>decimal: digits with an optional '.' fraction. No thousands separators ("1,889.5"), no decimal
 *       comma ("1889,5"), no exponent, no currency sign: such cells are text;</li>
 *   <li>date: ISO {@code yyyy-MM-dd};</li>
 *   <li>boolean: true/false, yes/no, y/n, t/f in any case. 0 and 1 are integers, not booleans;</li>
 *   <li>timestamp (only for attributes already in the catalog): ISO 8601 with an offset, or without one
 *       in the workspace time zone; a space may stand for the 'T'.</li>
 * </ul>
 * Blank cells (empty or only spaces) are missing values. Other cells are trimmed before being read as a
 * number, date, boolean or timestamp; text is kept exactly as written.
 */
final class Cells {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A number that starts with 0 and another digit is an identifier (zip code, zero-padded id): text. */
    private static final Pattern LEADING_ZERO = Pattern.compile("[+-]?0\\d.*");
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "t");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "f");
    private static final int QUOTED_MAX = 40;

    private Cells() {
    }

    /** Why a cell cannot be read as its column's type; cheap to throw, as rejected rows may be many. */
    static final class InvalidCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidCell(String reason) {
            super(reason, null, false, false);
        }
    }

    static boolean isMissing(String cell) {
        return cell.isBlank();
    }

    /** The typed value of a non-blank cell: String, Long, BigDecimal, Boolean, LocalDate or Instant. */
    static Object parse(AttributeType type, String cell, ZoneId zone) {
        if (type == AttributeType.STRING) {
            return cell;
        }
        String text = cell.strip();
        return switch (type) {
            case INTEGER -> parseInteger(text);
            case DECIMAL -> parseDecimal(text);
            case BOOLEAN -> parseBoolean(text);
            case DATE -> parseDate(text);
            case TIMESTAMP -> parseTimestamp(text, zone);
            case STRING, STRING_LIST -> throw new IllegalStateException("CSV cells are not read as " + type);
        };
    }

    private static Long parseInteger(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new InvalidCell(quote(text) + " is not an integer");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidCell(quote(text) + " is too large for an integer");
        }
    }

    private static BigDecimal parseDecimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidCell(quote(text) + " is not a decimal number (write digits with '.' for the"
                    + " fraction, without thousands separators)");
        }
        return new BigDecimal(text);
    }

    private static Boolean parseBoolean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(lower)) {
            return Boolean.FALSE;
        }
        throw new InvalidCell(quote(text) + " is not a boolean (expected true/false, yes/no, y/n or t/f)");
    }

    private static LocalDate parseDate(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new InvalidCell(quote(text) + " is not a date (expected yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidCell(quote(text) + " is not a valid date");
        }
    }

    private static Instant parseTimestamp(String text, ZoneId zone) {
        String iso = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(iso).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new InvalidCell(quote(text) + " is not a timestamp (expected ISO 8601 such as"
                        + " 2024-03-01T10:15:00Z)");
            }
        }
    }

    // Shapes used by type inference: a column gets a type only if every non-blank cell has its shape.

    static boolean looksLikeInteger(String text) {
        if (!INTEGER.matcher(text).matches() || LEADING_ZERO.matcher(text).matches()) {
            return false;
        }
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    static boolean looksLikeDecimal(String text) {
        return DECIMAL.matcher(text).matches() && !LEADING_ZERO.matcher(text).matches();
    }

    /** Only the shape: an impossible date such as 2024-02-30 still votes for a date column, and its row is rejected. */
    static boolean looksLikeDate(String text) {
        return DATE.matcher(text).matches();
    }

    static boolean looksLikeBoolean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return TRUE.contains(lower) || FALSE.contains(lower);
    }

    /** The cell as quoted in a reason, shortened so that one long cell does not flood the report. */
    static String quote(String text) {
        return "'" + (text.length() > QUOTED_MAX ? text.substring(0, QUOTED_MAX) + "…" : text) + "'";
    }
}
