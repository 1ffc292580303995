package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code in} (a value in a list: IN; a string in a string attribute: CONTAINS; a string in a string
 * list: contains_any), {@code some} over a string list (contains_any) and an {@code and} of {@code in}s
 * on one string list (contains_all).
 */
final class MembershipReader {
    private final ReadContext context;
    private final LiteralReader literals;

    MembershipReader(ReadContext context) {
        this.context = context;
        this.literals = new LiteralReader(context);
    }

    Condition in(List<JsonNode> args, String path) {
        if (args.size() != 2) {
            throw new RuleFormatException(path, "in takes two arguments, found " + args.size());
        }
        if (Shapes.isVar(args.get(0)) && args.get(1).isArray()) {
            ReadContext.Attr attr = context.attribute(args.get(0), JsonPath.index(path, 0));
            if (attr.type() == AttributeType.BOOLEAN || attr.type() == AttributeType.TIMESTAMP
                    || attr.type() == AttributeType.STRING_LIST) {
                throw new RuleFormatException(path, "in a list on '" + attr.name() + "' (" + attr.type().label()
                        + ") has no segment equivalent");
            }
            List<Value> values = list(args.get(1), attr, JsonPath.index(path, 1));
            return context.predicate(attr, Operator.IN, new Operand.ValueList(values));
        }
        if (args.get(0).isTextual() && Shapes.isVar(args.get(1))) {
            ReadContext.Attr attr = context.attribute(args.get(1), JsonPath.index(path, 1));
            Value.Text text = new Value.Text(args.get(0).textValue());
            if (attr.type() == AttributeType.STRING_LIST) {
                return context.predicate(attr, Operator.CONTAINS_ANY, new Operand.ValueList(List.of(text)));
            } else if (attr.type() == AttributeType.STRING) {
                if (text.value().isEmpty()) {
                    context.warn(path, "JsonLogic finds \"\" in every non-empty string but not in an empty one;"
                            + " segment semantics find it in every present value, the empty string included");
                }
                return context.predicate(attr, Operator.CONTAINS, new Operand.Single(text));
            }
            throw new RuleFormatException(path, "a string in '" + attr.name() + "' (" + attr.type().label()
                    + ") has no segment equivalent");
        }
        throw new RuleFormatException(path, "in is mapped as [{\"var\":…}, [values]] or [\"text\", {\"var\":…}]");
    }

    /** {@code {"some":[{"var":list},{"in":[{"var":""},[values]]}]}}: contains_any. */
    Condition some(List<JsonNode> args, String path) {
        if (args.size() == 2 && Shapes.isVar(args.get(0)) && Shapes.operator(args.get(1)).filter("in"::equals).isPresent()) {
            List<JsonNode> test = Shapes.args(args.get(1));
            if (test.size() == 2 && Shapes.varName(test.get(0)).filter(String::isEmpty).isPresent() && test.get(1).isArray()) {
                ReadContext.Attr attr = context.attribute(args.get(0), JsonPath.index(path, 0));
                if (attr.type() == AttributeType.STRING_LIST) {
                    String listPath = JsonPath.index(JsonPath.key(JsonPath.index(path, 1), "in"), 1);
                    return context.predicate(attr, Operator.CONTAINS_ANY,
                            new Operand.ValueList(list(test.get(1), attr, listPath)));
                }
            }
        }
        throw new RuleFormatException(path, "some is mapped as [{\"var\": string list}, {\"in\":[{\"var\":\"\"}, [values]]}]");
    }

    /** The attribute when every argument is {@code {"in":["text", {"var": list}]}} on the same string list. */
    Optional<String> containsAllAttribute(List<JsonNode> args) {
        String found = null;
        for (JsonNode arg : args) {
            if (Shapes.operator(arg).filter("in"::equals).isEmpty()) {
                return Optional.empty();
            }
            List<JsonNode> in = Shapes.args(arg);
            Optional<String> name = in.size() == 2 && in.get(0).isTextual() ? Shapes.varName(in.get(1)) : Optional.empty();
            if (name.isEmpty() || (found != null && !found.equals(name.get()))) {
                return Optional.empty();
            }
            found = name.get();
        }
        return Optional.ofNullable(found);
    }

    Condition containsAll(List<JsonNode> args, String path) {
        JsonNode var = Shapes.args(args.get(0)).get(1);
        String varPath = JsonPath.index(JsonPath.key(JsonPath.index(path, 0), "in"), 1);
        ReadContext.Attr attr = context.attribute(var, varPath);
        if (attr.type() != AttributeType.STRING_LIST) {
            return null;
        }
        List<Value> values = new ArrayList<>();
        args.forEach(arg -> values.add(new Value.Text(Shapes.args(arg).get(0).textValue())));
        return context.predicate(attr, Operator.CONTAINS_ALL, new Operand.ValueList(values));
    }

    private List<Value> list(JsonNode array, ReadContext.Attr attr, String path) {
        if (array.isEmpty()) {
            throw new RuleFormatException(path, "an empty list matches no profile; segments need at least one value");
        }
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isNull()) {
                throw new RuleFormatException(JsonPath.index(path, i), "null in a list also matches a missing value in"
                        + " JsonLogic; write {\"==\":[{\"var\":…},null]} for that");
            }
            values.add(literals.value(array.get(i), attr, JsonPath.index(path, i), true));
        }
        return values;
    }
}
