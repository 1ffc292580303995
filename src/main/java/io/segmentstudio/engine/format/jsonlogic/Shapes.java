package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JsonLogic shapes the writer produces and the reader recognises, in one place so that both agree:
 * an operation, a {@code var}, and the null guard {@code {"and":[{"!=":[var,null]}, ordering]}} that
 * gives numeric comparisons segment semantics (JavaScript compares a missing value as 0).
 */
final class Shapes {
    static final Set<String> ORDERINGS = Set.of("<", "<=", ">", ">=");

    private Shapes() {
    }

    static ObjectNode op(String op, JsonNode... args) {
        ObjectNode node = JsValues.NODES.objectNode();
        ArrayNode array = node.putArray(op);
        for (JsonNode arg : args) {
            array.add(arg);
        }
        return node;
    }

    static ObjectNode unary(String op, JsonNode arg) {
        ObjectNode node = JsValues.NODES.objectNode();
        node.set(op, arg);
        return node;
    }

    static ObjectNode var(String attribute) {
        return unary("var", JsValues.NODES.textNode(attribute));
    }

    static ObjectNode guarded(String attribute, ObjectNode ordering) {
        return op("and", op("!=", var(attribute), JsValues.NODES.nullNode()), ordering);
    }

    /** The single operator of a JsonLogic operation, if the node is one. */
    static Optional<String> operator(JsonNode node) {
        return JsonLogicEvaluator.isLogic(node) ? Optional.of(node.fieldNames().next()) : Optional.empty();
    }

    /** The arguments of an operation, a lone non-array argument as a list of one (as json-logic-js reads it). */
    static List<JsonNode> args(JsonNode operation) {
        JsonNode value = operation.elements().next();
        return value.isArray() ? DataAccess.list(value) : List.of(value);
    }

    static boolean isVar(JsonNode node) {
        return operator(node).filter("var"::equals).isPresent();
    }

    /** The attribute a {@code {"var":"x"}} names, empty for anything else (defaults and non-strings included). */
    static Optional<String> varName(JsonNode node) {
        if (!isVar(node)) {
            return Optional.empty();
        }
        List<JsonNode> args = args(node);
        return args.size() == 1 && args.get(0).isTextual() ? Optional.of(args.get(0).textValue()) : Optional.empty();
    }

    /** {@code {"!=":[{"var":x},null]}} (or !==, either order): the attribute x. */
    static Optional<String> nullGuard(JsonNode node) {
        Optional<String> op = operator(node);
        if (op.isEmpty() || !(op.get().equals("!=") || op.get().equals("!=="))) {
            return Optional.empty();
        }
        List<JsonNode> args = args(node);
        if (args.size() != 2) {
            return Optional.empty();
        }
        if (args.get(1).isNull()) {
            return varName(args.get(0));
        }
        return args.get(0).isNull() ? varName(args.get(1)) : Optional.empty();
    }

    /** The attribute an ordering compares (the var among its arguments), if it compares exactly one. */
    static Optional<String> orderedAttribute(JsonNode node) {
        if (operator(node).filter(ORDERINGS::contains).isEmpty()) {
            return Optional.empty();
        }
        List<String> vars = args(node).stream().map(Shapes::varName).flatMap(Optional::stream).toList();
        return vars.size() == 1 ? Optional.of(vars.get(0)) : Optional.empty();
    }
}
