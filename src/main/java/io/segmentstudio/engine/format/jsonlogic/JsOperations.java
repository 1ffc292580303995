package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/**
 * The operations of json-logic-js that work on already evaluated arguments: comparisons, arithmetic,
 * strings and arrays, each written as the reference implementation writes it (e.g. {@code +} adds
 * parseFloat of each argument, {@code *} with one argument returns it unchanged).
 */
final class JsOperations {
    private JsOperations() {
    }

    /** The result, or null when the operation is not one of these. */
    static JsonNode apply(String op, List<JsonNode> args, JsonNode data) {
        JsonNode a = DataAccess.arg(args, 0);
        JsonNode b = DataAccess.arg(args, 1);
        JsonNode c = DataAccess.arg(args, 2);
        return switch (op) {
            case "==" -> bool(JsComparison.looseEquals(a, b));
            case "===" -> bool(JsComparison.strictEquals(a, b));
            case "!=" -> bool(!JsComparison.looseEquals(a, b));
            case "!==" -> bool(!JsComparison.strictEquals(a, b));
            case ">" -> bool(JsComparison.less(b, a));
            case ">=" -> bool(JsComparison.lessOrEqual(b, a));
            case "<" -> bool(c.isMissingNode() ? JsComparison.less(a, b) : JsComparison.less(a, b) && JsComparison.less(b, c));
            case "<=" -> bool(c.isMissingNode() ? JsComparison.lessOrEqual(a, b)
                    : JsComparison.lessOrEqual(a, b) && JsComparison.lessOrEqual(b, c));
            case "!!" -> bool(JsValues.truthy(a));
            case "!" -> bool(!JsValues.truthy(a));
            case "%" -> JsValues.number(JsValues.toNumber(a) % JsValues.toNumber(b));
            case "log" -> a;
            case "in" -> bool(in(a, b));
            case "cat" -> JsValues.NODES.textNode(JsValues.join(args, ""));
            case "substr" -> JsValues.NODES.textNode(substr(a, b, c));
            case "+" -> plus(args);
            case "*" -> times(args);
            case "-" -> JsValues.number(b.isMissingNode() ? -JsValues.toNumber(a) : JsValues.toNumber(a) - JsValues.toNumber(b));
            case "/" -> JsValues.number(JsValues.toNumber(a) / JsValues.toNumber(b));
            case "min" -> JsValues.number(minMax(args, true));
            case "max" -> JsValues.number(minMax(args, false));
            case "merge" -> merge(args);
            case "var" -> DataAccess.var(args, data);
            case "val" -> DataAccess.val(args, data);
            case "exists" -> bool(DataAccess.exists(args, data));
            case "missing" -> DataAccess.missing(args, data);
            case "missing_some" -> DataAccess.missingSome(args, data);
            default -> null;
        };
    }

    private static JsonNode bool(boolean value) {
        return JsValues.NODES.booleanNode(value);
    }

    /** "in": substring of a string (the needle as its string form), element (===) of an array, else false. */
    private static boolean in(JsonNode needle, JsonNode haystack) {
        if (!JsValues.truthy(haystack) && !(haystack.isArray())) {
            return false;
        }
        if (haystack.isTextual()) {
            return haystack.textValue().contains(JsValues.toJsString(needle));
        } else if (haystack.isArray()) {
            for (JsonNode element : haystack) {
                if (JsComparison.strictEquals(element, needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** String(source).substr(start, length), and a negative third argument cuts that many from the end. */
    private static String substr(JsonNode source, JsonNode start, JsonNode end) {
        String text = JsValues.toJsString(source);
        if (JsComparison.less(end, JsValues.number(0))) {
            String tail = substr(text, start, JsValues.UNDEFINED);
            return substr(tail, JsValues.number(0), JsValues.number(tail.length() + JsValues.toNumber(end)));
        }
        return substr(text, start, end);
    }

    private static String substr(String text, JsonNode start, JsonNode length) {
        int size = text.length();
        double from = JsValues.toInteger(start);
        if (from < 0) {
            from = Math.max(size + from, 0);
        }
        from = Math.min(from, size);
        double count = length.isMissingNode() ? size - from : JsValues.toInteger(length);
        count = Math.min(Math.max(count, 0), size - from);
        return text.substring((int) from, (int) (from + count));
    }

    private static JsonNode plus(List<JsonNode> args) {
        double sum = 0;
        for (JsonNode arg : args) {
            sum = sum + JsValues.parseFloat(arg);
        }
        return JsValues.number(sum);
    }

    /** Array.prototype.reduce without an initial value: one argument comes back as it is, none throws. */
    private static JsonNode times(List<JsonNode> args) {
        if (args.isEmpty()) {
            throw new JsonLogicException("TypeError: Reduce of empty array with no initial value");
        }
        JsonNode product = args.get(0);
        for (int i = 1; i < args.size(); i++) {
            product = JsValues.number(JsValues.parseFloat(product) * JsValues.parseFloat(args.get(i)));
        }
        return product;
    }

    private static double minMax(List<JsonNode> args, boolean min) {
        double result = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (JsonNode arg : args) {
            double value = JsValues.toNumber(arg);
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            result = min ? Math.min(result, value) : Math.max(result, value);
        }
        return result;
    }

    /** Arrays are flattened one level, anything else is appended. */
    private static JsonNode merge(List<JsonNode> args) {
        ArrayNode merged = JsValues.NODES.arrayNode();
        for (JsonNode arg : args) {
            if (arg.isArray()) {
                merged.addAll((ArrayNode) arg);
            } else {
                merged.add(arg);
            }
        }
        return merged;
    }
}
