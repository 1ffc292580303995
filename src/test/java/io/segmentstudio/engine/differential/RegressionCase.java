package io.segmentstudio.engine.differential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.format.NativeRuleJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A case that once made the backends disagree, kept as a self-contained JSON file in
 * {@code src/test/resources/differential/regressions/}: the (expanded, usually shrunk) rule in native
 * JSON, the profiles it was decided on, the as-of instant and zone, and the surroundings (session zone,
 * JVM locale and zone, PostgreSQL collation). Self-contained on purpose: a seed only replays a case as
 * long as the generators stay the same, a file replays it for ever.
 *
 * <p>Values are typed by {@link DiffSchema}: strings, integers (JSON numbers), decimals (JSON strings,
 * keeping their scale; a JSON number in a decimal attribute is a Long), booleans, dates and instants (ISO
 * strings), string lists (arrays, null elements allowed).
 */
record RegressionCase(String name, String note, String foundBy, Scenario scenario, Condition rule) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Decimals in the rule keep their scale (19.90 stays 19.90). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    String toJson() {
        ObjectNode root = NODES.objectNode();
        root.put("name", name);
        root.put("note", note);
        root.put("foundBy", foundBy);
        root.put("asOf", scenario.asOf().instant().toString());
        root.put("zone", scenario.asOf().zone().getId());
        root.put("sessionZone", scenario.sessionZone());
        root.put("jvmLocale", scenario.jvmLocale().toLanguageTag());
        root.put("jvmZone", scenario.jvmZone());
        if (scenario.pgCollation() != null) {
            root.put("pgCollation", scenario.pgCollation());
        }
        try {
            root.set("rule", JSON.readTree(new NativeRuleJson().write(SegmentDefinition.of(rule))).get("rule"));
            ArrayNode profiles = root.putArray("profiles");
            for (Profile profile : scenario.profiles()) {
                ObjectNode node = profiles.addObject();
                node.put("key", profile.key());
                node.set("values", values(profile.values(), DiffSchema.ATTRIBUTES));
                ArrayNode events = node.putArray("events");
                for (Event event : profile.events()) {
                    ObjectNode e = events.addObject();
                    e.put("type", event.type());
                    e.put("at", event.occurredAt().toString());
                    e.set("properties", values(event.properties(), DiffSchema.PROPERTIES));
                }
            }
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static RegressionCase fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            AsOf asOf = new AsOf(Instant.parse(root.get("asOf").asText()), ZoneId.of(root.get("zone").asText()));
            Condition rule = new NativeRuleJson().readRule(JSON.writeValueAsString(root.get("rule")), DiffSchema.SCHEMA);
            List<Profile> profiles = new ArrayList<>();
            for (JsonNode node : root.get("profiles")) {
                List<Event> events = new ArrayList<>();
                for (JsonNode e : node.path("events")) {
                    events.add(new Event(e.get("type").asText(), Instant.parse(e.get("at").asText()),
                            values(e.path("properties"), DiffSchema.PROPERTIES)));
                }
                profiles.add(new Profile(node.get("key").asText(), values(node.path("values"), DiffSchema.ATTRIBUTES),
                        events));
            }
            Scenario scenario = new Scenario(0, asOf, root.path("sessionZone").asText("UTC"),
                    Locale.forLanguageTag(root.path("jvmLocale").asText("und")), root.path("jvmZone").asText("UTC"),
                    root.hasNonNull("pgCollation") ? root.get("pgCollation").asText() : null, profiles);
            return new RegressionCase(root.path("name").asText(""), root.path("note").asText(""),
                    root.path("foundBy").asText(""), scenario, rule);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a regression case: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode values(Map<String, Object> values, Map<String, AttributeType> types) {
        ObjectNode node = NODES.objectNode();
        types.forEach((name, type) -> {
            Object value = values.get(name);
            if (value == null) {
                return;
            }
            if (value instanceof List<?> list) {
                ArrayNode array = node.putArray(name);
                list.forEach(element -> array.add((String) element));
            } else if (value instanceof Long number) {
                node.put(name, number);
            } else if (value instanceof BigDecimal decimal) {
                node.put(name, decimal.toString());
            } else if (value instanceof Boolean flag) {
                node.put(name, flag);
            } else {
                node.put(name, value.toString());
            }
        });
        return node;
    }

    private static Map<String, Object> values(JsonNode node, Map<String, AttributeType> types) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            AttributeType type = types.get(field.getKey());
            if (type == null) {
                throw new IllegalArgumentException("unknown attribute or property '" + field.getKey() + "'");
            }
            JsonNode value = field.getValue();
            values.put(field.getKey(), switch (type) {
                case STRING -> value.asText();
                case INTEGER -> value.longValue();
                case DECIMAL -> value.isNumber() ? (Object) value.longValue() : new BigDecimal(value.asText());
                case BOOLEAN -> value.booleanValue();
                case DATE -> LocalDate.parse(value.asText());
                case TIMESTAMP -> Instant.parse(value.asText());
                case STRING_LIST -> {
                    List<String> list = new ArrayList<>();
                    value.forEach(element -> list.add(element.isNull() ? null : element.asText()));
                    yield list;
                }
            });
        }
        return values;
    }
}
