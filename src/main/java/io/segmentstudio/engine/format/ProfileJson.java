package io.segmentstudio.engine.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A profile with its events as JSON, the form test profiles are stored and written by hand in:
 * <pre>
 * {"key": "t1",
 *  "values": {"country": "DE", "aov": 250.00, "signup": "2024-02-29", "tags": ["vip"]},
 *  "events": [{"type": "purchase", "at": "2026-10-20T10:00:00Z", "properties": {"amount": 12.5}}]}
 * </pre>
 * Values are written in their natural JSON form (dates and instants as ISO text) and typed by the
 * workspace's attributes when read. Keys are written sorted, so stored profiles compare as text.
 */
public final class ProfileJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(NODES);

    /** How names the schema does not know are read. */
    public enum Names {
        /** An unknown attribute or event property is an error: for profiles a person writes. */
        STRICT,
        /** Unknown names keep their JSON form: a stored profile still reads after an attribute is dropped. */
        LENIENT
    }

    public String write(Profile profile) {
        ObjectNode root = NODES.objectNode();
        root.put("key", profile.key());
        root.set("values", values(profile.values()));
        ArrayNode events = root.putArray("events");
        for (Event event : profile.events()) {
            ObjectNode node = events.addObject();
            node.put("type", event.type());
            node.put("at", event.occurredAt().toString());
            node.set("properties", values(event.properties()));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the place (e.g. {@code values.aov}) of anything that does not
     *                                  fit: malformed JSON, a value of the wrong type, an unknown name
     *                                  when strict
     */
    public Profile read(String json, RuleSchema schema, Names names) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The profile is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("key").isTextual() || root.path("key").asText().isBlank()) {
            throw new IllegalArgumentException("A profile is a JSON object with a \"key\"");
        }
        Map<String, Object> values = values(root.path("values"), "values", names, schema::attributeType);
        List<Event> events = new ArrayList<>();
        JsonNode list = root.path("events");
        for (int i = 0; i < list.size(); i++) {
            JsonNode event = list.get(i);
            String path = "events[" + i + "]";
            if (!event.path("type").isTextual()) {
                throw new IllegalArgumentException(path + ": an event needs a \"type\"");
            }
            Instant at = instant(event.path("at"), path + ".at");
            events.add(new Event(event.get("type").asText(), at,
                    values(event.path("properties"), path + ".properties", names, schema::eventPropertyType)));
        }
        return new Profile(root.get("key").asText(), values, events);
    }

    private static ObjectNode values(Map<String, Object> values) {
        ObjectNode node = NODES.objectNode();
        new TreeMap<>(values).forEach((name, value) -> node.set(name, value(value)));
        return node;
    }

    private static JsonNode value(Object value) {
        if (value instanceof Collection<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(String.valueOf(item)));
            return array;
        } else if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        } else if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        return NODES.textNode(String.valueOf(value)); // LocalDate and Instant as ISO text
    }

    private static Map<String, Object> values(JsonNode node, String path, Names names,
                                              Function<String, Optional<AttributeType>> types) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + ": expected an object of name → value");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = path + "." + field.getKey();
            if (field.getValue().isNull()) {
                continue; // missing
            }
            Optional<AttributeType> type = types.apply(field.getKey());
            if (type.isEmpty() && names == Names.STRICT) {
                throw new IllegalArgumentException(at + ": unknown " + (path.startsWith("values") ? "attribute"
                        : "event property") + " '" + field.getKey() + "'");
            }
            values.put(field.getKey(), type.isPresent() ? typed(field.getValue(), type.get(), at)
                    : untyped(field.getValue()));
        }
        return values;
    }

    private static Object typed(JsonNode node, AttributeType type, String path) {
        if (type == AttributeType.STRING_LIST) {
            if (!node.isArray()) {
                throw new IllegalArgumentException(path + ": expected a list of strings");
            }
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return items;
        }
        Optional<Value> value = node.isValueNode()
                ? ValueText.convert(node.isTextual() ? node.asText() : node.toString(), type) : Optional.empty();
        return value.orElseThrow(() -> new IllegalArgumentException(path + ": expected a value of type "
                + type.label() + ", found " + node)).raw();
    }

    private static Object untyped(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return items;
        } else if (node.isBoolean()) {
            return node.asBoolean();
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        } else if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asText();
    }

    private static Instant instant(JsonNode node, String path) {
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": expected an ISO instant such as 2026-10-20T10:00:00Z, found "
                    + (node.isMissingNode() ? "nothing" : node.toString()));
        }
    }
}
