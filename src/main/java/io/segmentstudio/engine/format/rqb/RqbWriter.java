package io.segmentstudio.engine.format.rqb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.engine.format.RuleWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a condition tree as react-querybuilder JSON (the standard form, never independent
 * combinators), keeping every node's id as rqb's {@code id}. What rqb cannot say is refused with the
 * node's id: event conditions, segment references (expand them first), regular expressions, relative
 * dates, anniversaries, "is empty" and the string-list operators. Disabled nodes are left out with a
 * warning (rqb's {@code muted} would say the same, but older rqb versions ignore it and would evaluate
 * them). Non-default text options travel as an extra {@code textOptions} property, which rqb keeps and
 * other tools ignore.
 */
public final class RqbWriter implements RuleWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setNodeFactory(NODES);

    public RqbWriter() {
        // Stateless: the warnings of one write live in that call.
    }

    @Override
    public ExportedRule write(Condition rule) {
        List<FormatWarning> warnings = new ArrayList<>();
        ObjectNode root;
        if (rule instanceof Group group && !group.disabled()) {
            root = group(group, warnings);
        } else {
            // rqb's query is always a group: a single condition goes into an AND group of its own.
            root = NODES.objectNode().put("combinator", "and");
            ArrayNode rules = root.putArray("rules");
            if (rule.disabled()) {
                warnings.add(new FormatWarning(rule.id(), "the whole rule is disabled: written as an empty group"));
            } else {
                warnings.add(new FormatWarning(rule.id(), "wrapped in an AND group: an rqb query is always a group"));
                rules.add(node(rule, warnings));
            }
        }
        try {
            return new ExportedRule(MAPPER.writeValueAsString(root) + "\n", warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode node(Condition condition, List<FormatWarning> warnings) {
        if (condition instanceof Group group) {
            return group(group, warnings);
        } else if (condition instanceof Predicate predicate) {
            return rule(predicate, warnings);
        } else if (condition instanceof EventCondition event) {
            throw new RuleFormatException(event.id(), "react-querybuilder has no event conditions (event '"
                    + event.eventType() + "')");
        }
        SegmentRef ref = (SegmentRef) condition;
        throw new RuleFormatException(ref.id(), "react-querybuilder has no segment references (segment '"
                + ref.segment() + "'): expand references before exporting");
    }

    private static ObjectNode group(Group group, List<FormatWarning> warnings) {
        ObjectNode node = NODES.objectNode();
        node.put("id", group.id());
        node.put("combinator", group.combinator().label());
        if (group.negated()) {
            node.put("not", true);
        }
        ArrayNode rules = node.putArray("rules");
        for (Condition child : group.children()) {
            if (child.disabled()) {
                warnings.add(new FormatWarning(child.id(), "disabled: left out of the export"));
            } else {
                rules.add(node(child, warnings));
            }
        }
        return node;
    }

    private static ObjectNode rule(Predicate predicate, List<FormatWarning> warnings) {
        Operator operator = predicate.operator();
        String name = RqbOperators.write(operator).orElseThrow(() -> new RuleFormatException(predicate.id(),
                "react-querybuilder has no operator for '" + operator.key() + "' on '" + predicate.attribute() + "'"));
        ObjectNode node = NODES.objectNode();
        node.put("id", predicate.id());
        node.put("field", predicate.attribute());
        node.put("operator", name);
        node.set("value", value(predicate));
        if (!predicate.text().equals(TextOptions.DEFAULT)) {
            node.putObject("textOptions").put("caseSensitive", predicate.text().caseSensitive())
                    .put("trim", predicate.text().trim());
        }
        if (!predicate.text().equals(TextOptions.DEFAULT) && comparesText(predicate)) {
            warnings.add(new FormatWarning(predicate.id(), "text options (case-sensitive " + predicate.text()
                    .caseSensitive() + ", trim " + predicate.text().trim() + ") written as \"textOptions\", which only"
                    + " Segment Studio reads"));
        }
        return node;
    }

    /** Text options matter only where text is compared; elsewhere they travel silently. */
    private static boolean comparesText(Predicate predicate) {
        Operand operand = predicate.operand();
        List<Value> values = operand instanceof Operand.Single single ? List.of(single.value())
                : operand instanceof Operand.ValueList list ? list.values() : List.of();
        return values.stream().anyMatch(Value.Text.class::isInstance);
    }

    private static JsonNode value(Predicate predicate) {
        Operand operand = predicate.operand();
        if (predicate.operator() == Operator.IS_TRUE || predicate.operator() == Operator.IS_FALSE) {
            return NODES.booleanNode(predicate.operator() == Operator.IS_TRUE);
        } else if (operand instanceof Operand.Single single) {
            return scalar(single.value());
        } else if (operand instanceof Operand.Range range) {
            return NODES.arrayNode().add(scalar(range.low())).add(scalar(range.high()));
        } else if (operand instanceof Operand.ValueList list) {
            ArrayNode values = NODES.arrayNode();
            list.values().forEach(v -> values.add(scalar(v)));
            return values;
        } else if (operand instanceof Operand.Relative) {
            throw new RuleFormatException(predicate.id(), "react-querybuilder has no relative dates");
        }
        return NODES.nullNode();
    }

    /** Decimals keep a decimal point (5.0, not 5), so that they read back as decimals, not integers. */
    private static JsonNode scalar(Value value) {
        if (value instanceof Value.Text text) {
            return NODES.textNode(text.value());
        } else if (value instanceof Value.Int integer) {
            return NODES.numberNode(integer.value());
        } else if (value instanceof Value.Dec decimal) {
            BigDecimal number = decimal.value();
            return NODES.numberNode(number.scale() <= 0 ? number.setScale(1) : number);
        } else if (value instanceof Value.Bool bool) {
            return NODES.booleanNode(bool.value());
        }
        return NODES.textNode(value.raw().toString());
    }
}
