package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.engine.format.RuleWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exports a condition tree to JsonLogic (the mapping is in src/site/markdown/interchange-jsonlogic.md).
 * Warnings and errors name the node id. Disabled nodes and groups without an enabled condition are left
 * out (segments ignore them); a rule with nothing left is {@code true}, which matches everyone.
 */
public final class JsonLogicWriter implements RuleWriter {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Optional<RuleSchema> schema;

    /** Without the catalog: date operators are assumed to be on date (not timestamp) attributes, with a warning. */
    public JsonLogicWriter() {
        this.schema = Optional.empty();
    }

    /** With the catalog, which tells timestamps (refused) from dates and strings from string lists. */
    public JsonLogicWriter(RuleSchema schema) {
        this.schema = Optional.of(schema);
    }

    @Override
    public ExportedRule write(Condition rule) {
        List<FormatWarning> warnings = new ArrayList<>();
        JsonNode json = write(rule, warnings).orElse(JsValues.NODES.booleanNode(true));
        try {
            return new ExportedRule(mapper.writeValueAsString(json), warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JsonLogic of a node, empty when segments ignore it. */
    private Optional<JsonNode> write(Condition condition, List<FormatWarning> warnings) {
        if (condition.disabled()) {
            warnings.add(new FormatWarning(condition.id(), "disabled, left out"));
            return Optional.empty();
        }
        if (condition instanceof Group group) {
            ArrayNode children = JsValues.NODES.arrayNode();
            group.children().forEach(child -> write(child, warnings).ifPresent(children::add));
            if (children.isEmpty()) {
                warnings.add(new FormatWarning(group.id(), "group without an enabled condition, left out (segments"
                        + " ignore it)"));
                return Optional.empty();
            }
            ObjectNode node = JsValues.NODES.objectNode();
            node.set(group.combinator().label(), children);
            return Optional.of(group.negated() ? Shapes.unary("!", node) : node);
        } else if (condition instanceof Predicate predicate) {
            return Optional.of(new PredicateWriter(schema, warnings).write(predicate));
        } else if (condition instanceof EventCondition event) {
            throw new RuleFormatException(event.id(), "event condition on '" + event.eventType() + "' cannot be written"
                    + " as JsonLogic: it has no events, windows or counts");
        } else if (condition instanceof SegmentRef ref) {
            throw new RuleFormatException(ref.id(), "reference to segment '" + ref.segment() + "': expand references"
                    + " (ReferenceExpander) before writing JsonLogic");
        }
        throw new RuleFormatException(condition.id(), "unknown kind of condition");
    }
}
