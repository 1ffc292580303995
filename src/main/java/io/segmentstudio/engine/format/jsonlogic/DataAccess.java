package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** {@code var}, {@code missing} and {@code missing_some}: how json-logic-js reads the data. */
final class DataAccess {
    private DataAccess() {
    }

    /** var: a dotted path; "" or null is the data itself; undefined or null on the way gives the default. */
    static JsonNode var(List<JsonNode> args, JsonNode data) {
        JsonNode path = arg(args, 0);
        JsonNode defaultValue = arg(args, 1);
        JsonNode notFound = defaultValue.isMissingNode() ? JsValues.NODES.nullNode() : defaultValue;
        if (JsValues.isNullish(path) || (path.isTextual() && path.textValue().isEmpty())) {
            return data;
        }
        JsonNode current = data;
        for (String property : JsValues.toJsString(path).split("\\.", -1)) {
            if (JsValues.isNullish(current)) {
                return notFound;
            }
            current = property(current, property);
            if (current.isMissingNode()) {
                return notFound;
            }
        }
        return current;
    }

    /**
     * val (community extension): each argument is one key, no dot splitting; null when anything on the
     * way is missing. Climbing to outer scopes (a first argument such as [1]) is not supported.
     */
    static JsonNode val(List<JsonNode> args, JsonNode data) {
        JsonNode current = data;
        for (JsonNode key : args) {
            if (key.isArray()) {
                throw new JsonLogicException("val: scope access is not supported");
            }
            if (JsValues.isNullish(current)) {
                return JsValues.NODES.nullNode();
            }
            current = property(current, JsValues.toJsString(key));
            if (current.isMissingNode()) {
                return JsValues.NODES.nullNode();
            }
        }
        return current;
    }

    /** exists (community extension): whether the path of keys leads to a present value, null included. */
    static boolean exists(List<JsonNode> args, JsonNode data) {
        JsonNode current = data;
        for (JsonNode key : args) {
            if (JsValues.isNullish(current)) {
                return false;
            }
            current = property(current, JsValues.toJsString(key));
            if (current.isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    /** JavaScript property access on a JSON value: object keys, array indexes, string characters, length. */
    static JsonNode property(JsonNode value, String name) {
        if (value.isObject()) {
            JsonNode found = value.get(name);
            return found == null ? JsValues.UNDEFINED : found;
        } else if (value.isArray() || value.isTextual()) {
            int length = value.isArray() ? value.size() : value.textValue().length();
            if (name.equals("length")) {
                return JsValues.number(length);
            }
            int index = arrayIndex(name);
            if (index < 0 || index >= length) {
                return JsValues.UNDEFINED;
            }
            return value.isArray() ? value.get(index) : JsValues.NODES.textNode(String.valueOf(value.textValue().charAt(index)));
        }
        return JsValues.UNDEFINED;
    }

    /** A canonical array index ("0", "12"; not "01" or "-1"), or -1. */
    private static int arrayIndex(String name) {
        if (name.isEmpty() || name.length() > 9 || (name.length() > 1 && name.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i)) || name.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(name);
    }

    /** missing: the keys whose value is null, undefined or "" (a first argument that is an array holds the keys). */
    static ArrayNode missing(List<JsonNode> args, JsonNode data) {
        List<JsonNode> keys = !args.isEmpty() && args.get(0).isArray() ? list(args.get(0)) : args;
        ArrayNode missing = JsValues.NODES.arrayNode();
        for (JsonNode key : keys) {
            JsonNode value = var(List.of(key), data);
            if (value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
                missing.add(key);
            }
        }
        return missing;
    }

    /** missing_some: [] when at least need_count of the keys are present, otherwise the missing keys. */
    static ArrayNode missingSome(List<JsonNode> args, JsonNode data) {
        JsonNode needCount = arg(args, 0);
        JsonNode options = arg(args, 1);
        ArrayNode missing = missing(List.of(options), data);
        double present = JsValues.toNumber(DataAccess.property(options, "length")) - missing.size();
        return JsComparison.lessOrEqual(needCount, JsValues.number(present)) ? JsValues.NODES.arrayNode() : missing;
    }

    static JsonNode arg(List<JsonNode> args, int index) {
        return index < args.size() ? args.get(index) : JsValues.UNDEFINED;
    }

    static List<JsonNode> list(JsonNode array) {
        java.util.ArrayList<JsonNode> items = new java.util.ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }
}
