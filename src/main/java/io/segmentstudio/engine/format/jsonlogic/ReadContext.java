package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.domain.AttributeName;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one import shares: the catalog, the warnings so far and the node ids. JsonLogic has no ids, so
 * nodes are numbered "n1", "n2", … in document order, as the native format does for nodes without one.
 */
final class ReadContext {
    /** An attribute a {@code var} names, with its catalog type. */
    record Attr(String name, AttributeType type) {
    }

    private final RuleSchema schema;
    private final List<FormatWarning> warnings = new ArrayList<>();
    private int lastId;

    ReadContext(RuleSchema schema) {
        this.schema = schema;
    }

    String nextId() {
        return "n" + ++lastId;
    }

    void warn(String path, String message) {
        warnings.add(new FormatWarning(path, message));
    }

    List<FormatWarning> warnings() {
        return warnings;
    }

    /** A predicate with a fresh id; string comparisons are exact, as JavaScript compares strings. */
    Predicate predicate(Attr attr, Operator operator, Operand operand) {
        TextOptions text = attr.type() == AttributeType.STRING && operand.kind() != Operand.Kind.NONE
                ? TextOptions.EXACT : TextOptions.DEFAULT;
        return new Predicate(nextId(), attr.name(), operator, operand, text, false);
    }

    Predicate predicate(Attr attr, Operator operator) {
        return predicate(attr, operator, Operand.NONE);
    }

    /**
     * The catalog attribute of a {@code {"var":…}}. A dotted path names the flattened attribute
     * ("address.city" → address_city, as imports name nested columns), with a warning.
     */
    Attr attribute(JsonNode var, String path) {
        String varPath = JsonPath.key(path, "var");
        String name = Shapes.varName(var).orElseThrow(() -> new RuleFormatException(varPath,
                "expected {\"var\": \"attribute\"} (a single attribute name, no default value), found " + var));
        return named(name, varPath);
    }

    /** The catalog attribute of a name at a path (a var's argument, or a key of missing). */
    Attr named(String name, String varPath) {
        Optional<AttributeType> type = schema.attributeType(name);
        if (type.isPresent()) {
            return new Attr(name, type.get());
        }
        String flattened = name.isBlank() ? name : AttributeName.fromLabel(name);
        if (name.contains(".") && schema.attributeType(flattened).isPresent()) {
            warn(varPath, "the path '" + name + "' is read as the attribute '" + flattened + "'");
            return new Attr(flattened, schema.attributeType(flattened).get());
        }
        throw new RuleFormatException(varPath, "unknown attribute '" + name + "'");
    }
}
