package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JsonLogic interpreter that answers as the reference implementation json-logic-js (2.x) does, with
 * JavaScript's truthiness and coercions, over Jackson trees. It exists to check exported rules against
 * the engine and to run the conformance suites; segments themselves are never evaluated through it.
 *
 * <p>Numbers are doubles, as in JavaScript. {@code undefined} (e.g. the value of {@code {"and":[]}})
 * is returned as a {@link com.fasterxml.jackson.databind.node.MissingNode}. Besides the classic
 * operators it supports the community extensions {@code ??} (first argument that is neither null nor
 * undefined), {@code val} (without scope climbing) and {@code exists}; {@code try} and {@code throw}
 * are not supported.
 */
public final class JsonLogicEvaluator {
    /** Evaluates a rule over data; an array rule is evaluated element by element. */
    public JsonNode apply(JsonNode rule, JsonNode data) {
        JsonNode scope = data == null ? JsValues.NODES.nullNode() : data;
        if (rule == null) {
            return JsValues.NODES.nullNode();
        }
        if (rule.isArray()) {
            ArrayNode results = JsValues.NODES.arrayNode();
            rule.forEach(element -> results.add(orNull(apply(element, scope))));
            return results;
        }
        if (!isLogic(rule)) {
            return rule;
        }
        Map.Entry<String, JsonNode> operation = rule.fields().next();
        String op = operation.getKey();
        List<JsonNode> values = operation.getValue().isArray() ? DataAccess.list(operation.getValue())
                : List.of(operation.getValue());
        JsonNode special = control(op, values, scope);
        if (special != null) {
            return special;
        }
        List<JsonNode> args = new ArrayList<>(values.size());
        for (JsonNode value : values) {
            args.add(apply(value, scope));
        }
        JsonNode result = JsOperations.apply(op, args, scope);
        if (result == null) {
            throw new JsonLogicException("Unrecognized operation " + op);
        }
        return result;
    }

    /** Whether the rule's truth value is true (jsonLogic.truthy of its result). */
    public boolean test(JsonNode rule, JsonNode data) {
        return JsValues.truthy(apply(rule, data));
    }

    /** jsonLogic.is_logic: an object with exactly one key; anything else is a literal. */
    public static boolean isLogic(JsonNode node) {
        return node != null && node.isObject() && node.size() == 1;
    }

    /** JavaScript's truthiness with an empty array falsy, as jsonLogic.truthy defines it. */
    public static boolean truthy(JsonNode value) {
        return JsValues.truthy(value);
    }

    /** The operations that decide themselves which arguments to evaluate (short circuits and scopes). */
    private JsonNode control(String op, List<JsonNode> values, JsonNode data) {
        switch (op) {
            case "if", "?:" -> {
                int i = 0;
                for (; i < values.size() - 1; i += 2) {
                    if (JsValues.truthy(apply(values.get(i), data))) {
                        return apply(values.get(i + 1), data);
                    }
                }
                return i == values.size() - 1 ? apply(values.get(i), data) : JsValues.NODES.nullNode();
            }
            case "and", "or" -> {
                boolean and = op.equals("and");
                JsonNode current = JsValues.UNDEFINED;
                for (JsonNode value : values) {
                    current = apply(value, data);
                    if (JsValues.truthy(current) != and) {
                        return current;
                    }
                }
                return current;
            }
            case "??" -> {
                for (JsonNode value : values) {
                    JsonNode current = apply(value, data);
                    if (!JsValues.isNullish(current)) {
                        return current;
                    }
                }
                return JsValues.NODES.nullNode();
            }
            case "filter", "map", "all", "some", "none" -> {
                return scoped(op, values, data);
            }
            case "reduce" -> {
                return reduce(values, data);
            }
            default -> {
                return null;
            }
        }
    }

    /** The array operations whose second argument is evaluated with each element as the data. */
    private JsonNode scoped(String op, List<JsonNode> values, JsonNode data) {
        JsonNode items = apply(DataAccess.arg(values, 0), data);
        JsonNode logic = DataAccess.arg(values, 1);
        if (!items.isArray()) {
            return switch (op) {
                case "filter", "map" -> JsValues.NODES.arrayNode();
                case "none" -> JsValues.NODES.booleanNode(true);
                default -> JsValues.NODES.booleanNode(false);
            };
        }
        ArrayNode out = JsValues.NODES.arrayNode();
        for (JsonNode item : items) {
            JsonNode result = apply(logic, item);
            if (op.equals("map")) {
                out.add(orNull(result));
            } else if (JsValues.truthy(result)) {
                out.add(item);
            } else if (op.equals("all")) {
                return JsValues.NODES.booleanNode(false);
            }
        }
        return switch (op) {
            case "all" -> JsValues.NODES.booleanNode(!items.isEmpty());
            case "some" -> JsValues.NODES.booleanNode(!out.isEmpty());
            case "none" -> JsValues.NODES.booleanNode(out.isEmpty());
            default -> out;
        };
    }

    private JsonNode reduce(List<JsonNode> values, JsonNode data) {
        JsonNode items = apply(DataAccess.arg(values, 0), data);
        JsonNode logic = DataAccess.arg(values, 1);
        JsonNode initial = values.size() > 2 ? apply(values.get(2), data) : JsValues.NODES.nullNode();
        if (!items.isArray()) {
            return initial;
        }
        JsonNode accumulator = initial;
        for (JsonNode item : items) {
            ObjectNode scope = JsValues.NODES.objectNode();
            scope.set("current", item);
            scope.set("accumulator", orNull(accumulator));
            accumulator = apply(logic, scope);
        }
        return accumulator;
    }

    /** JSON has no undefined: where JavaScript would store it in an array, null stands in. */
    private static JsonNode orNull(JsonNode value) {
        return value.isMissingNode() ? JsValues.NODES.nullNode() : value;
    }
}
