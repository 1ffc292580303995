package io.segmentstudio.engine.format.rqb;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.engine.format.ValueText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads rqb rule values as typed values of the attribute. rqb's value editors store text (and lists as
 * comma-separated text), so strings are converted to the attribute's type; a conversion that loses
 * something is reported as a warning, one that is impossible as an error at the value's path.
 */
final class RqbValues {
    private final List<FormatWarning> warnings;

    RqbValues(List<FormatWarning> warnings) {
        this.warnings = warnings;
    }

    /**
     * The elements of a list value: a JSON array, or rqb's comma-separated text where {@code \,} is a
     * literal comma (rqb's splitBy) and each element is trimmed, blank ones dropped (rqb's toArray).
     */
    List<Value> list(JsonNode value, String path, AttributeType type) {
        List<Value> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                values.add(single(value.get(i), path + "[" + i + "]", type));
            }
            return values;
        }
        if (value == null || !value.isTextual()) {
            throw new RuleFormatException(path, "expected an array or a comma-separated string, found "
                    + (value == null ? "nothing" : value));
        }
        List<String> parts = splitBy(value.asText());
        int blank = 0;
        for (String part : parts) {
            if (part.isBlank()) {
                blank++;
            } else {
                values.add(fromText(part.strip(), path, type));
            }
        }
        if (blank > 0) {
            warnings.add(new FormatWarning(path, blank + " empty element(s) of the comma-separated list left out"));
        }
        return values;
    }

    /** rqb's splitBy: split at commas not preceded by a backslash, and drop the escaping backslashes. */
    static List<String> splitBy(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == ',') {
                current.append(',');
                i++;
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** One scalar value (string, number or boolean) as the attribute's type. */
    Value single(JsonNode value, String path, AttributeType type) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            throw new RuleFormatException(path, "expected a string, number or boolean, found "
                    + (value == null ? "nothing" : value));
        }
        if (value.isTextual()) {
            return fromText(value.asText(), path, type);
        }
        return switch (type) {
            case STRING, STRING_LIST -> {
                warnings.add(new FormatWarning(path, "the " + kind(value) + " " + value + " is compared as the text \""
                        + value.asText() + "\""));
                yield new Value.Text(value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
            }
            case INTEGER -> integer(value, path);
            // A whole JSON number stays an integer operand, which a decimal attribute takes exactly.
            case DECIMAL -> number(value, path, value.isIntegralNumber() && value.canConvertToLong()
                    ? new Value.Int(value.asLong()) : new Value.Dec(value.decimalValue()));
            case BOOLEAN -> value.isBoolean() ? new Value.Bool(value.asBoolean()) : mismatch(value, path, type);
            case DATE, TIMESTAMP -> mismatch(value, path, type);
        };
    }

    private Value integer(JsonNode value, String path) {
        if (!value.isNumber()) {
            return mismatch(value, path, AttributeType.INTEGER);
        }
        BigDecimal number = value.decimalValue();
        try {
            return new Value.Int(number.longValueExact());
        } catch (ArithmeticException e) {
            throw new RuleFormatException(path, value + " is not a whole number in the integer range");
        }
    }

    private static Value number(JsonNode value, String path, Value converted) {
        return value.isNumber() ? converted : mismatch(value, path, AttributeType.DECIMAL);
    }

    private Value fromText(String text, String path, AttributeType type) {
        if (type == AttributeType.DATE || type == AttributeType.TIMESTAMP) {
            return day(text, path);
        }
        if (type == AttributeType.INTEGER) {
            // "3.0" is the whole number 3; "3.5" is no integer at all.
            try {
                return new Value.Int(new BigDecimal(text.strip()).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new RuleFormatException(path, "\"" + text + "\" is not a whole number");
            }
        }
        return ValueText.convert(text, type).orElseThrow(() -> new RuleFormatException(path, "\"" + text
                + "\" is not a " + type.label() + (type == AttributeType.BOOLEAN ? " (true or false)" : "")));
    }

    /**
     * Calendar days: date and timestamp operands are days (semantics.md). A date-time is cut to its day
     * (its own offset's, or UTC's for an instant), which loses the time: a warning says so.
     */
    private Value day(String text, String path) {
        String trimmed = text.strip();
        try {
            return new Value.Day(LocalDate.parse(trimmed));
        } catch (DateTimeParseException notADay) {
            LocalDate day;
            try {
                day = OffsetDateTime.parse(trimmed).toLocalDate();
            } catch (DateTimeParseException notOffset) {
                try {
                    day = Instant.parse(trimmed).atOffset(ZoneOffset.UTC).toLocalDate();
                } catch (DateTimeParseException notInstant) {
                    throw new RuleFormatException(path, "\"" + text + "\" is not a date (yyyy-mm-dd)");
                }
            }
            warnings.add(new FormatWarning(path, "the date-time \"" + text + "\" is compared by its calendar day "
                    + day + "; the time of day is dropped"));
            return new Value.Day(day);
        }
    }

    private static Value mismatch(JsonNode value, String path, AttributeType type) {
        throw new RuleFormatException(path, "the " + kind(value) + " " + value + " is not a " + type.label());
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
