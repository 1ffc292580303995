package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Truthiness of an attribute ({@code {"var":x}} or {@code {"!!":{"var":x}}}) and {@code missing} /
 * {@code missing_some}, which JsonLogic defines through null and the empty string.
 */
final class PresenceReader {
    /** More alternatives than this in a missing_some would make an unreadable tree. */
    private static final int MAX_COMBINATIONS = 64;
    private final ReadContext context;

    PresenceReader(ReadContext context) {
        this.context = context;
    }

    /** What JavaScript's truthiness of the value means, per type. */
    Condition truthy(JsonNode var, String path) {
        ReadContext.Attr attr = context.attribute(var, path);
        return switch (attr.type()) {
            case BOOLEAN -> context.predicate(attr, Operator.IS_TRUE);
            case STRING -> {
                context.warn(path, "JsonLogic counts a value of only spaces as present (truthy); segment semantics"
                        + " count it as empty");
                yield context.predicate(attr, Operator.IS_NOT_EMPTY);
            }
            case STRING_LIST -> context.predicate(attr, Operator.IS_NOT_EMPTY);
            case INTEGER, DECIMAL -> {
                // 0 is falsy in JavaScript.
                String id = context.nextId();
                yield Group.and(id, List.of(context.predicate(attr, Operator.IS_NOT_NULL),
                        context.predicate(attr, Operator.NOT_EQUALS, new Operand.Single(new Value.Int(0)))));
            }
            case DATE, TIMESTAMP -> context.predicate(attr, Operator.IS_NOT_NULL);
        };
    }

    /** missing: true when any key is null or "" (an OR of one condition per key). */
    Condition missing(List<JsonNode> args, String path) {
        List<JsonNode> keys = !args.isEmpty() && args.get(0).isArray() ? DataAccess.list(args.get(0)) : args;
        String keysPath = !args.isEmpty() && args.get(0).isArray() ? JsonPath.index(path, 0) : path;
        List<ReadContext.Attr> attrs = attributes(keys, keysPath);
        if (attrs.size() == 1) {
            return missingOne(attrs.get(0));
        }
        String id = context.nextId();
        List<Condition> any = new ArrayList<>();
        attrs.forEach(attr -> any.add(missingOne(attr)));
        return Group.or(id, any);
    }

    /**
     * missing_some [n, keys]: true when fewer than n keys are present, i.e. NOT (some n of them are all
     * present); with n above the number of keys, when any key is missing.
     */
    Condition missingSome(List<JsonNode> args, String path) {
        if (args.size() != 2 || !args.get(0).canConvertToInt() || !args.get(0).isIntegralNumber() || !args.get(1).isArray()) {
            throw new RuleFormatException(path, "missing_some is mapped as [count, [\"attribute\", …]]");
        }
        int need = args.get(0).intValue();
        List<ReadContext.Attr> attrs = attributes(DataAccess.list(args.get(1)), JsonPath.index(path, 1));
        if (need <= 0) {
            throw new RuleFormatException(path, "missing_some with a count of " + need + " is never true");
        }
        if (need >= attrs.size()) {
            return missing(List.of(args.get(1)), path);
        }
        List<List<ReadContext.Attr>> subsets = subsets(attrs, need);
        if (subsets.size() > MAX_COMBINATIONS) {
            throw new RuleFormatException(path, "missing_some " + need + " of " + attrs.size() + " keys would need "
                    + subsets.size() + " alternatives; at most " + MAX_COMBINATIONS + " are mapped");
        }
        String id = context.nextId();
        List<Condition> alternatives = new ArrayList<>();
        for (List<ReadContext.Attr> subset : subsets) {
            String allId = context.nextId();
            List<Condition> present = new ArrayList<>();
            subset.forEach(attr -> present.add(presentOne(attr)));
            alternatives.add(Group.and(allId, present));
        }
        return new Group(id, Combinator.OR, true, false, alternatives);
    }

    /** null, or "" for strings: what missing looks for. */
    private Condition missingOne(ReadContext.Attr attr) {
        if (attr.type() != AttributeType.STRING) {
            return context.predicate(attr, Operator.IS_NULL);
        }
        String id = context.nextId();
        return Group.or(id, List.of(context.predicate(attr, Operator.IS_NULL),
                context.predicate(attr, Operator.EQUALS, new Operand.Single(new Value.Text("")))));
    }

    private Condition presentOne(ReadContext.Attr attr) {
        if (attr.type() != AttributeType.STRING) {
            return context.predicate(attr, Operator.IS_NOT_NULL);
        }
        String id = context.nextId();
        return Group.and(id, List.of(context.predicate(attr, Operator.IS_NOT_NULL),
                context.predicate(attr, Operator.NOT_EQUALS, new Operand.Single(new Value.Text("")))));
    }

    private List<ReadContext.Attr> attributes(List<JsonNode> keys, String path) {
        if (keys.isEmpty()) {
            throw new RuleFormatException(path, "no attribute names given");
        }
        List<ReadContext.Attr> attrs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            JsonNode key = keys.get(i);
            String keyPath = keys.size() == 1 && !path.endsWith("]") ? path : JsonPath.index(path, i);
            if (!key.isTextual()) {
                throw new RuleFormatException(keyPath, "expected an attribute name, found " + key);
            }
            attrs.add(context.named(key.textValue(), keyPath));
        }
        return attrs;
    }

    private static List<List<ReadContext.Attr>> subsets(List<ReadContext.Attr> attrs, int size) {
        List<List<ReadContext.Attr>> result = new ArrayList<>();
        collect(attrs, size, 0, new ArrayList<>(), result);
        return result;
    }

    private static void collect(List<ReadContext.Attr> attrs, int size, int from, List<ReadContext.Attr> current,
                                List<List<ReadContext.Attr>> result) {
        if (current.size() == size) {
            result.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < attrs.size() && result.size() <= MAX_COMBINATIONS; i++) {
            current.add(attrs.get(i));
            collect(attrs, size, i + 1, current, result);
            current.remove(current.size() - 1);
        }
    }
}
