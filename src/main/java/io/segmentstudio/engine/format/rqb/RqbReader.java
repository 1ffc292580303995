package io.segmentstudio.engine.format.rqb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.engine.format.RuleReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads react-querybuilder's JSON ({@code {combinator, not, rules: [{field, operator, value}]}}, nested
 * groups, and the independent-combinators form {@code rules: [rule, "and", rule, "or", rule]}) into a
 * condition tree typed by the catalog. Ids given in the JSON are kept; nodes without one get
 * {@code n1, n2, …}, never clashing with a given id. {@code muted} nodes (rqb leaves them out of every
 * export) become disabled ones; rqb's {@code disabled} only locks the UI, so it changes nothing.
 */
public final class RqbReader implements RuleReader {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    public RqbReader() {
        // Stateless: each read has its own session.
    }

    @Override
    public ImportedRule read(String text, RuleSchema schema) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RuleFormatException("$", "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.has("rules")) {
            throw new RuleFormatException("$", "expected a react-querybuilder query: an object with \"rules\"");
        }
        Session session = new Session(schema, RqbIds.given(root));
        Condition rule = session.group(root, "$");
        return new ImportedRule(rule, session.warnings);
    }

    /** One read: the schema, the ids in use and the warnings so far. */
    private static final class Session {
        private final RuleSchema schema;
        private final RqbIds ids;
        private final List<FormatWarning> warnings = new ArrayList<>();
        private final RqbValues values = new RqbValues(warnings);

        Session(RuleSchema schema, RqbIds ids) {
            this.schema = schema;
            this.ids = ids;
        }

        Condition node(JsonNode node, String path) {
            if (node.isObject() && node.has("rules")) {
                return group(node, path);
            } else if (node.isObject() && node.has("field")) {
                return rule(node, path);
            }
            throw new RuleFormatException(path, "expected a rule ({field, operator, value}) or a group ({combinator,"
                    + " rules}), found " + abbreviated(node));
        }

        Group group(JsonNode node, String path) {
            String id = ids.of(node, path);
            JsonNode rules = node.get("rules");
            if (!rules.isArray()) {
                throw new RuleFormatException(path + ".rules", "expected an array");
            }
            boolean negated = flag(node, "not", path);
            boolean muted = flag(node, "muted", path);
            Group group;
            if (IndependentCombinators.isUsedBy(rules)) {
                group = IndependentCombinators.read(id, negated, rules, path, this::node, ids::generate, warnings);
            } else {
                List<Condition> children = new ArrayList<>();
                for (int i = 0; i < rules.size(); i++) {
                    children.add(node(rules.get(i), path + ".rules[" + i + "]"));
                }
                group = new Group(id, combinator(node, path), negated, false, children);
            }
            return muted ? group.withDisabled(true) : group;
        }

        private static Combinator combinator(JsonNode node, String path) {
            JsonNode combinator = node.get("combinator");
            if (combinator == null || combinator.isNull()) {
                return Combinator.AND;
            }
            return switch (combinator.asText().toLowerCase(Locale.ROOT)) {
                case "and" -> Combinator.AND;
                case "or" -> Combinator.OR;
                default -> throw new RuleFormatException(path + ".combinator", "unknown combinator " + combinator
                        + "; expected \"and\" or \"or\" (xor has no equivalent)");
            };
        }

        private Predicate rule(JsonNode node, String path) {
            String id = ids.of(node, path);
            String field = text(node, "field", path);
            AttributeType type = schema.attributeType(field).orElseThrow(() -> new RuleFormatException(path + ".field",
                    "unknown attribute '" + field + "'; known: " + new TreeSet<>(schema.attributes().keySet())));
            JsonNode source = node.get("valueSource");
            if (source != null && !"value".equals(source.asText())) {
                throw new RuleFormatException(path + ".valueSource", "comparing with another field is not supported;"
                        + " only \"value\" is");
            }
            String name = text(node, "operator", path);
            RqbOperators.Reading reading = RqbOperators.read(name, type).orElseThrow(() -> unknownOperator(name,
                    field, type, path));
            Operand operand = operand(reading, node.get("value"), path + ".value", type);
            return new Predicate(id, field, reading.operator(), operand, textOptions(node, path),
                    flag(node, "muted", path));
        }

        private static RuleFormatException unknownOperator(String name, String field, AttributeType type, String path) {
            if (!RqbOperators.NAMES.contains(name)) {
                return new RuleFormatException(path + ".operator", "unknown operator '" + name + "'; expected one of "
                        + RqbOperators.NAMES);
            }
            return new RuleFormatException(path + ".operator", "operator '" + name + "' does not apply to '" + field
                    + "' (" + type.label() + ")");
        }

        private Operand operand(RqbOperators.Reading reading, JsonNode value, String path, AttributeType type) {
            Operator operator = reading.operator();
            return switch (operator.operand()) {
                case NONE -> Operand.NONE;
                case SINGLE -> new Operand.Single(shifted(values.single(value, path, type), reading.dayShift()));
                case LIST -> {
                    List<Value> list = values.list(value, path, type);
                    if (list.isEmpty()) {
                        throw new RuleFormatException(path, "operator '" + operator.key() + "' needs at least one value");
                    }
                    yield new Operand.ValueList(list);
                }
                case RANGE -> {
                    List<Value> bounds = values.list(value, path, type);
                    if (bounds.size() != 2) {
                        throw new RuleFormatException(path, "between needs exactly two values [low, high], found "
                                + bounds.size());
                    }
                    yield new Operand.Range(bounds.get(0), bounds.get(1));
                }
                case RELATIVE -> throw new IllegalStateException("rqb has no relative operators");
            };
        }

        private static Value shifted(Value value, int days) {
            return days != 0 && value instanceof Value.Day day ? new Value.Day(day.value().plusDays(days)) : value;
        }

        /** Our text options, which Segment Studio's own rqb export carries as an extra rule property. */
        private static TextOptions textOptions(JsonNode node, String path) {
            JsonNode options = node.get("textOptions");
            if (options == null || options.isNull()) {
                return TextOptions.DEFAULT;
            }
            if (!options.isObject()) {
                throw new RuleFormatException(path + ".textOptions", "expected {\"caseSensitive\": …, \"trim\": …}");
            }
            return new TextOptions(options.path("caseSensitive").asBoolean(false), options.path("trim").asBoolean(true));
        }

        private static boolean flag(JsonNode node, String name, String path) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                throw new RuleFormatException(path + "." + name, "expected true or false, found " + value);
            }
            return value.asBoolean();
        }

        private static String text(JsonNode node, String name, String path) {
            JsonNode value = node.get(name);
            if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                throw new RuleFormatException(path + "." + name, "expected a non-empty string, found "
                        + (value == null ? "nothing" : value));
            }
            return value.asText();
        }

        private static String abbreviated(JsonNode node) {
            String text = node.toString();
            return text.length() > 60 ? text.substring(0, 57) + "…" : text;
        }
    }

    static Optional<String> id(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isTextual() && !id.asText().isEmpty() ? Optional.of(id.asText()) : Optional.empty();
    }
}
