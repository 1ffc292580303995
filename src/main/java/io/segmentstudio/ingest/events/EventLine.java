package io.segmentstudio.ingest.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.workspace.LiveWorkspace.IncomingEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of an event stream in JSON: {@code {"profile": "C1", "type": "purchase",
 * "at": "2026-11-01T10:00:00Z", "properties": {"amount": 19.90}}}. Catalogued properties are typed by
 * the catalog; numbers stay exact (BigDecimal, never double). A line that does not fit is refused
 * with the field and the reason.
 */
final class EventLine {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final RuleSchema schema;

    /** Why a line was refused: the field at fault ("" for the line as a whole) and the reason. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        Refused(String field, String reason) {
            super(reason);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    EventLine(RuleSchema schema) {
        this.schema = schema;
    }

    IncomingEvent parse(String line) throws Refused {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new Refused("", "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Refused("", "expected a JSON object");
        }
        String profile = text(root, "profile");
        String type = text(root, "type");
        Instant at;
        try {
            at = Instant.parse(text(root, "at"));
        } catch (DateTimeParseException e) {
            throw new Refused("at", "not an ISO-8601 instant such as 2026-11-01T10:00:00Z: " + root.get("at").asText());
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        JsonNode given = root.get("properties");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw new Refused("properties", "expected an object of named values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Optional<AttributeType> typeOf = schema.eventPropertyType(field.getKey());
                Object value = typeOf.isPresent() ? typed(field.getKey(), field.getValue(), typeOf.get())
                        : JSON.convertValue(field.getValue(), Object.class);
                if (value != null) {
                    properties.put(field.getKey(), value);
                }
            }
        }
        return new IncomingEvent(profile, type, at, properties);
    }

    private static String text(JsonNode root, String field) throws Refused {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || !node.isTextual() || node.asText().isBlank()) {
            throw new Refused(field, "required text is missing");
        }
        return node.asText();
    }

    private static Object typed(String name, JsonNode value, AttributeType type) throws Refused {
        if (value.isNull()) {
            return null;
        }
        try {
            return switch (type) {
                case STRING -> {
                    if (!value.isTextual()) {
                        throw new Refused(name, "expected text, found " + value);
                    }
                    yield value.asText();
                }
                case INTEGER -> number(name, value).longValueExact();
                case DECIMAL -> number(name, value);
                case BOOLEAN -> {
                    if (!value.isBoolean()) {
                        throw new Refused(name, "expected true or false, found " + value);
                    }
                    yield value.asBoolean();
                }
                case DATE -> LocalDate.parse(value.asText());
                case TIMESTAMP -> Instant.parse(value.asText());
                case STRING_LIST -> {
                    if (!value.isArray()) {
                        throw new Refused(name, "expected a list of texts, found " + value);
                    }
                    List<String> list = new ArrayList<>();
                    for (JsonNode element : value) {
                        list.add(element.isNull() ? null : element.asText());
                    }
                    yield list;
                }
            };
        } catch (ArithmeticException e) {
            throw new Refused(name, "expected a whole number, found " + value);
        } catch (DateTimeParseException e) {
            throw new Refused(name, "expected a " + (type == AttributeType.DATE ? "date (yyyy-mm-dd)" : "ISO-8601 instant")
                    + ", found " + value);
        }
    }

    private static BigDecimal number(String name, JsonNode value) throws Refused {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                throw new Refused(name, "expected a number, found " + value);
            }
        }
        throw new Refused(name, "expected a number, found " + value);
    }
}
