package io.segmentstudio.engine.format;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Parses the text of a value as a given attribute type, the way every rule format does. */
public final class ValueText {
    private ValueText() {
    }

    /** Empty when the text is not a value of that type. String lists take single strings (their elements). */
    public static Optional<Value> convert(String text, AttributeType type) {
        String trimmed = text.strip();
        try {
            return switch (type) {
                case STRING, STRING_LIST -> Optional.of(new Value.Text(text));
                case INTEGER -> Optional.of(new Value.Int(Long.parseLong(trimmed)));
                case DECIMAL -> Optional.of(new Value.Dec(new BigDecimal(trimmed)));
                case BOOLEAN -> switch (trimmed.toLowerCase(Locale.ROOT)) {
                    case "true" -> Optional.of(new Value.Bool(true));
                    case "false" -> Optional.of(new Value.Bool(false));
                    default -> Optional.empty();
                };
                case DATE -> Optional.of(new Value.Day(LocalDate.parse(trimmed)));
                case TIMESTAMP -> Optional.of(new Value.Moment(Instant.parse(trimmed)));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
