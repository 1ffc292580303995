package io.segmentstudio.ui.testprofiles;

import io.segmentstudio.domain.Attribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the typed rows of a hand-written profile into the values the evaluator takes (Long, BigDecimal,
 * LocalDate…), refusing anything it would have to guess with a message that names the row and what to
 * type instead.
 */
final class ProfileValues {
    private ProfileValues() {
    }

    /** @throws IllegalArgumentException naming the first row that is not a value of its attribute */
    static Map<String, Object> parse(List<HandValue> rows) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Attribute attribute = rows.get(i).attributeProperty().get();
            String text = rows.get(i).textProperty().get();
            if (attribute == null) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has no attribute: pick one or remove the row.");
            }
            if (values.containsKey(attribute.name())) {
                throw new IllegalArgumentException(attribute.name() + " is given twice: keep one row for it.");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(attribute.name() + " has no value: type one, or remove the row to"
                        + " leave it missing.");
            }
            values.put(attribute.name(), parse(attribute, text));
        }
        return values;
    }

    /** What to type for an attribute ("a number, e.g. 149.90"), for the field's prompt and messages. */
    static String hint(Attribute attribute) {
        return switch (attribute.type()) {
            case STRING -> "text";
            case INTEGER -> "a whole number, e.g. 3";
            case DECIMAL -> "a number, e.g. 149.90";
            case BOOLEAN -> "true or false";
            case DATE -> "a date, e.g. 2025-06-30";
            case TIMESTAMP -> "an instant, e.g. 2025-06-30T14:00:00Z";
            case STRING_LIST -> "values separated by commas";
        };
    }

    private static Object parse(Attribute attribute, String text) {
        String trimmed = text.strip();
        try {
            return switch (attribute.type()) {
                case STRING -> text;
                case INTEGER -> Long.parseLong(trimmed);
                case DECIMAL -> new BigDecimal(trimmed);
                case BOOLEAN -> bool(trimmed);
                case DATE -> LocalDate.parse(trimmed);
                case TIMESTAMP -> Instant.parse(trimmed);
                case STRING_LIST -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("“" + trimmed + "” is not a value of " + attribute.name() + ": type "
                    + hint(attribute) + ".", e);
        }
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new NumberFormatException(text);
        };
    }
}
