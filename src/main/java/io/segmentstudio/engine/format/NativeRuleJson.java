package io.segmentstudio.engine.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The native rule format: versioned JSON, written pretty-printed with a fixed key order so that
 * diffs of rule files are readable. Values are typed by the schema when it knows the attribute;
 * otherwise by their JSON form (the validator then reports the unknown attribute).
 */
public final class NativeRuleJson {
    public static final String FORMAT = "segment-studio.segment";
    public static final int FORMAT_VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setNodeFactory(NODES);

    public SegmentDefinition read(String json, RuleSchema schema) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RuleFormatException("$", "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RuleFormatException("$", "expected a JSON object");
        }
        if (root.has("format") && !FORMAT.equals(root.get("format").asText())) {
            throw new RuleFormatException("$.format", "expected \"" + FORMAT + "\", found " + root.get("format"));
        }
        if (root.has("formatVersion") && root.get("formatVersion").asInt() > FORMAT_VERSION) {
            throw new RuleFormatException("$.formatVersion", "version " + root.get("formatVersion")
                    + " is newer than this Segment Studio reads (" + FORMAT_VERSION + ")");
        }
        JsonNode rule = root.has("rule") ? root.get("rule") : root;
        Reader reader = new Reader(schema);
        Condition condition = reader.condition(rule, root.has("rule") ? "$.rule" : "$", false);
        List<String> tags = new ArrayList<>();
        root.path("tags").forEach(tag -> tags.add(tag.asText()));
        return new SegmentDefinition(root.path("name").asText(""), root.path("description").asText(""),
                root.path("folder").asText(""), tags, condition);
    }

    /** Reads a rule (a bare condition tree or a whole segment file) and returns only its tree. */
    public Condition readRule(String json, RuleSchema schema) {
        return read(json, schema).rule();
    }

    public String write(SegmentDefinition definition) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("name", definition.name());
        if (!definition.description().isEmpty()) {
            root.put("description", definition.description());
        }
        if (!definition.folder().isEmpty()) {
            root.put("folder", definition.folder());
        }
        if (!definition.tags().isEmpty()) {
            ArrayNode tags = root.putArray("tags");
            definition.tags().forEach(tags::add);
        }
        root.set("rule", Writer.condition(definition.rule()));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns JSON into a tree; generates ids ("n1", "n2", … in document order) for nodes without one. */
    private static final class Reader {
        private final RuleSchema schema;
        private final Set<String> givenIds = new HashSet<>();
        private int generated;

        Reader(RuleSchema schema) {
            this.schema = schema;
        }

        Condition condition(JsonNode node, String path, boolean eventScope) {
            if (!node.isObject()) {
                throw new RuleFormatException(path, "expected a condition object");
            }
            String type = text(node, "type", path).orElseGet(() -> inferType(node, path));
            return switch (type) {
                case "group" -> group(node, path, eventScope);
                case "predicate" -> predicate(node, path, eventScope);
                case "event" -> event(node, path);
                case "segment" -> new SegmentRef(id(node, path), required(node, "segment", path),
                        node.path("member").asBoolean(true), node.path("disabled").asBoolean(false));
                default -> throw new RuleFormatException(path + ".type", "unknown condition type '" + type
                        + "'; expected group, predicate, event or segment");
            };
        }

        private static String inferType(JsonNode node, String path) {
            if (node.has("children")) {
                return "group";
            } else if (node.has("attribute")) {
                return "predicate";
            } else if (node.has("eventType")) {
                return "event";
            } else if (node.has("segment")) {
                return "segment";
            }
            throw new RuleFormatException(path, "missing \"type\" (group, predicate, event or segment)");
        }

        private Group group(JsonNode node, String path, boolean eventScope) {
            String combinator = text(node, "combinator", path).orElse("and").toUpperCase(Locale.ROOT);
            if (!combinator.equals("AND") && !combinator.equals("OR")) {
                throw new RuleFormatException(path + ".combinator", "expected \"and\" or \"or\", found \""
                        + node.get("combinator").asText() + "\"");
            }
            String id = id(node, path);
            List<Condition> children = new ArrayList<>();
            JsonNode list = node.path("children");
            if (!list.isMissingNode() && !list.isArray()) {
                throw new RuleFormatException(path + ".children", "expected an array of conditions");
            }
            for (int i = 0; i < list.size(); i++) {
                children.add(condition(list.get(i), path + ".children[" + i + "]", eventScope));
            }
            return new Group(id, Combinator.valueOf(combinator), node.path("negated").asBoolean(false),
                    node.path("disabled").asBoolean(false), children);
        }

        private Predicate predicate(JsonNode node, String path, boolean eventScope) {
            String id = id(node, path);
            String attribute = required(node, "attribute", path);
            String operatorKey = required(node, "operator", path);
            Operator operator = Operator.fromKey(operatorKey).orElseThrow(() -> new RuleFormatException(
                    path + ".operator", "unknown operator '" + operatorKey + "'"));
            Optional<AttributeType> type = eventScope ? schema.eventPropertyType(attribute)
                    : schema.attributeType(attribute);
            Operand operand = operand(node, path, operator, type);
            JsonNode text = node.path("text");
            TextOptions options = text.isObject() ? new TextOptions(text.path("caseSensitive").asBoolean(false),
                    text.path("trim").asBoolean(true)) : TextOptions.DEFAULT;
            return new Predicate(id, attribute, operator, operand, options, node.path("disabled").asBoolean(false));
        }

        private Operand operand(JsonNode node, String path, Operator operator, Optional<AttributeType> type) {
            Function<JsonNode, Value> typed = json -> value(json, operator, type);
            return switch (operator.operand()) {
                case NONE -> Operand.NONE;
                case SINGLE -> {
                    JsonNode value = node.get("value");
                    if (value == null || value.isNull()) {
                        throw new RuleFormatException(path + ".value", "operator '" + operator.key()
                                + "' needs a \"value\" (use is_null to test for a missing value)");
                    }
                    yield new Operand.Single(valueAt(value, path + ".value", typed));
                }
                case LIST -> new Operand.ValueList(values(node, path, typed));
                case RANGE -> {
                    List<Value> bounds = values(node, path, typed);
                    if (bounds.size() != 2) {
                        throw new RuleFormatException(path + ".values", "operator '" + operator.key()
                                + "' needs exactly two values [low, high], found " + bounds.size());
                    }
                    yield new Operand.Range(bounds.get(0), bounds.get(1));
                }
                case RELATIVE -> {
                    JsonNode amount = node.get("amount");
                    if (amount == null || !amount.canConvertToLong() || !amount.isIntegralNumber()) {
                        throw new RuleFormatException(path + ".amount", "operator '" + operator.key()
                                + "' needs a whole number \"amount\"");
                    }
                    yield new Operand.Relative(amount.asLong(), unit(node, path));
                }
            };
        }

        private static List<Value> values(JsonNode node, String path, Function<JsonNode, Value> typed) {
            JsonNode array = node.get("values");
            if (array == null || !array.isArray()) {
                throw new RuleFormatException(path + ".values", "expected an array of values");
            }
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                values.add(valueAt(array.get(i), path + ".values[" + i + "]", typed));
            }
            return values;
        }

        private static Value valueAt(JsonNode json, String path, Function<JsonNode, Value> typed) {
            if (json.isNull() || json.isContainerNode()) {
                throw new RuleFormatException(path, "expected a string, number or boolean, found " + json);
            }
            return typed.apply(json);
        }

        /** Converts to the attribute's type when the JSON allows it; otherwise keeps the JSON's own type. */
        private static Value value(JsonNode json, Operator operator, Optional<AttributeType> type) {
            if (type.isPresent()) {
                Optional<Value> converted = ValueText.convert(json.isTextual() ? json.asText() : json.toString(),
                        operator.isCalendar() || type.get() == AttributeType.TIMESTAMP ? AttributeType.DATE : type.get());
                if (converted.isPresent()) {
                    return converted.get();
                }
            }
            if (json.isBoolean()) {
                return new Value.Bool(json.asBoolean());
            } else if (json.isIntegralNumber() && json.canConvertToLong()) {
                return new Value.Int(json.asLong());
            } else if (json.isNumber()) {
                return new Value.Dec(json.decimalValue());
            }
            return new Value.Text(json.asText());
        }

        private EventCondition event(JsonNode node, String path) {
            String id = id(node, path);
            String eventType = required(node, "eventType", path);
            List<Predicate> filters = new ArrayList<>();
            JsonNode list = node.path("filters");
            for (int i = 0; i < list.size(); i++) {
                Condition filter = condition(list.get(i), path + ".filters[" + i + "]", true);
                if (!(filter instanceof Predicate predicate)) {
                    throw new RuleFormatException(path + ".filters[" + i + "]", "event filters must be predicates");
                }
                filters.add(predicate);
            }
            Comparison count = node.has("count") ? comparison(node.get("count"), path + ".count") : null;
            Optional<EventCondition.Aggregate> aggregate = Optional.empty();
            if (node.hasNonNull("aggregate")) {
                JsonNode agg = node.get("aggregate");
                String function = required(agg, "function", path + ".aggregate");
                EventCondition.Function fn;
                try {
                    fn = EventCondition.Function.valueOf(function.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new RuleFormatException(path + ".aggregate.function", "unknown aggregate '" + function
                            + "'; expected sum, avg, min or max");
                }
                aggregate = Optional.of(new EventCondition.Aggregate(fn, required(agg, "property", path + ".aggregate"),
                        comparison(agg, path + ".aggregate")));
            }
            return new EventCondition(id, eventType, filters, window(node.get("window"), path + ".window"), count,
                    aggregate, node.path("disabled").asBoolean(false));
        }

        private static Comparison comparison(JsonNode node, String path) {
            String key = required(node, "operator", path);
            Comparison.Op op = Comparison.Op.fromKey(key).orElseThrow(() -> new RuleFormatException(path + ".operator",
                    "unknown comparison '" + key + "'; expected exactly, more_than, at_least, less_than, at_most"
                            + " or between"));
            BigDecimal value = number(node, "value", path);
            BigDecimal upper = op == Comparison.Op.BETWEEN ? number(node, "upper", path) : null;
            return new Comparison(op, value, upper);
        }

        private static BigDecimal number(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || !value.isNumber()) {
                throw new RuleFormatException(path + "." + field, "expected a number");
            }
            return value.decimalValue();
        }

        private static TimeWindow window(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return TimeWindow.EVER;
            }
            if (node.has("last")) {
                JsonNode last = node.get("last");
                if (!last.isIntegralNumber()) {
                    throw new RuleFormatException(path + ".last", "expected a whole number");
                }
                return new TimeWindow.Last(last.asLong(), unit(node, path));
            } else if (node.has("from") || node.has("to")) {
                return new TimeWindow.Between(date(node, "from", path), date(node, "to", path));
            } else if (node.has("before")) {
                return new TimeWindow.Before(date(node, "before", path));
            } else if (node.has("after")) {
                return new TimeWindow.After(date(node, "after", path));
            } else if (node.path("ever").asBoolean(false) || node.isEmpty()) {
                return TimeWindow.EVER;
            }
            throw new RuleFormatException(path, "expected {\"last\": N, \"unit\": …}, {\"from\", \"to\"},"
                    + " {\"before\"} or {\"after\"}");
        }

        private static LocalDate date(JsonNode node, String field, String path) {
            String text = required(node, field, path);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new RuleFormatException(path + "." + field, "'" + text + "' is not a date (yyyy-mm-dd)");
            }
        }

        private static TimeUnit unit(JsonNode node, String path) {
            String unit = text(node, "unit", path).orElse("days");
            try {
                return TimeUnit.valueOf(unit.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleFormatException(path + ".unit", "unknown unit '" + unit
                        + "'; expected days, weeks or months");
            }
        }

        private String id(JsonNode node, String path) {
            Optional<String> given = text(node, "id", path);
            if (given.isPresent()) {
                if (!givenIds.add(given.get())) {
                    throw new RuleFormatException(path + ".id", "id '" + given.get() + "' is used twice");
                }
                return given.get();
            }
            String id;
            do {
                id = "n" + ++generated;
            } while (givenIds.contains(id));
            givenIds.add(id);
            return id;
        }

        private static Optional<String> text(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw new RuleFormatException(path + "." + field, "expected a string");
            }
            return Optional.of(value.asText());
        }

        private static String required(JsonNode node, String field, String path) {
            return text(node, field, path).orElseThrow(() -> new RuleFormatException(path,
                    "missing \"" + field + "\""));
        }
    }

    /** Tree → JSON with a fixed key order; defaults (not negated, enabled, default text options) are left out. */
    private static final class Writer {
        static ObjectNode condition(Condition condition) {
            ObjectNode node = NODES.objectNode();
            if (condition instanceof Group group) {
                node.put("type", "group");
                node.put("id", group.id());
                node.put("combinator", group.combinator().label());
                if (group.negated()) {
                    node.put("negated", true);
                }
                disabled(node, group);
                ArrayNode children = node.putArray("children");
                group.children().forEach(child -> children.add(condition(child)));
            } else if (condition instanceof Predicate predicate) {
                predicate(node, predicate);
            } else if (condition instanceof EventCondition event) {
                event(node, event);
            } else if (condition instanceof SegmentRef ref) {
                node.put("type", "segment");
                node.put("id", ref.id());
                node.put("segment", ref.segment());
                node.put("member", ref.member());
                disabled(node, ref);
            }
            return node;
        }

        private static void predicate(ObjectNode node, Predicate predicate) {
            node.put("type", "predicate");
            node.put("id", predicate.id());
            node.put("attribute", predicate.attribute());
            node.put("operator", predicate.operator().key());
            Operand operand = predicate.operand();
            if (operand instanceof Operand.Single single) {
                node.set("value", value(single.value()));
            } else if (operand instanceof Operand.Range range) {
                node.putArray("values").add(value(range.low())).add(value(range.high()));
            } else if (operand instanceof Operand.ValueList list) {
                ArrayNode values = node.putArray("values");
                list.values().forEach(v -> values.add(value(v)));
            } else if (operand instanceof Operand.Relative relative) {
                node.put("amount", relative.amount());
                node.put("unit", relative.unit().label());
            }
            if (!predicate.text().equals(TextOptions.DEFAULT)) {
                ObjectNode text = node.putObject("text");
                text.put("caseSensitive", predicate.text().caseSensitive());
                text.put("trim", predicate.text().trim());
            }
            disabled(node, predicate);
        }

        private static void event(ObjectNode node, EventCondition event) {
            node.put("type", "event");
            node.put("id", event.id());
            node.put("eventType", event.eventType());
            if (!event.filters().isEmpty()) {
                ArrayNode filters = node.putArray("filters");
                event.filters().forEach(filter -> filters.add(condition(filter)));
            }
            node.set("count", comparison(NODES.objectNode(), event.count()));
            TimeWindow window = event.window();
            if (window instanceof TimeWindow.Last last) {
                node.putObject("window").put("last", last.amount()).put("unit", last.unit().label());
            } else if (window instanceof TimeWindow.Between between) {
                node.putObject("window").put("from", between.from().toString()).put("to", between.to().toString());
            } else if (window instanceof TimeWindow.Before before) {
                node.putObject("window").put("before", before.day().toString());
            } else if (window instanceof TimeWindow.After after) {
                node.putObject("window").put("after", after.day().toString());
            }
            event.aggregate().ifPresent(aggregate -> {
                ObjectNode agg = node.putObject("aggregate");
                agg.put("function", aggregate.function().key());
                agg.put("property", aggregate.property());
                comparison(agg, aggregate.comparison());
            });
            disabled(node, event);
        }

        private static ObjectNode comparison(ObjectNode node, Comparison comparison) {
            node.put("operator", comparison.op().key());
            node.put("value", comparison.value());
            if (comparison.upper() != null) {
                node.put("upper", comparison.upper());
            }
            return node;
        }

        private static void disabled(ObjectNode node, Condition condition) {
            if (condition.disabled()) {
                node.put("disabled", true);
            }
        }

        private static JsonNode value(Value value) {
            if (value instanceof Value.Text text) {
                return NODES.textNode(text.value());
            } else if (value instanceof Value.Int integer) {
                return NODES.numberNode(integer.value());
            } else if (value instanceof Value.Dec decimal) {
                return NODES.numberNode(decimal.value());
            } else if (value instanceof Value.Bool bool) {
                return NODES.booleanNode(bool.value());
            }
            return NODES.textNode(value.raw().toString());
        }
    }
}
