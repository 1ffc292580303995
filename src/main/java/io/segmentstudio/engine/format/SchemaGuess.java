package io.segmentstudio.engine.format;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeName;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses attribute types from a rule alone, for printing its SQL without a workspace: the operator
 * says most (dates, booleans, lists, text), the JSON value the rest. A workspace's catalog always wins.
 */
public final class SchemaGuess {
    private final Map<String, AttributeType> attributes = new LinkedHashMap<>();
    private final Map<String, AttributeType> properties = new LinkedHashMap<>();

    private SchemaGuess() {
    }

    /** Reads the rule JSON twice: once to see its shape, once typed by the guessed schema. */
    public static RuleSchema from(String ruleJson) {
        Condition untyped = new NativeRuleJson().readRule(ruleJson, RuleSchema.of(List.of(), List.of()));
        SchemaGuess guess = new SchemaGuess();
        guess.visit(untyped);
        return RuleSchema.of(toAttributes(guess.attributes, "guessed"), toAttributes(guess.properties, "event"));
    }

    private void visit(Condition condition) {
        if (condition instanceof Group group) {
            group.children().forEach(this::visit);
        } else if (condition instanceof Predicate predicate) {
            merge(attributes, predicate.attribute(), guess(predicate));
        } else if (condition instanceof EventCondition event) {
            event.filters().forEach(filter -> merge(properties, filter.attribute(), guess(filter)));
            event.aggregate().ifPresent(aggregate -> merge(properties, aggregate.property(), AttributeType.DECIMAL));
        }
    }

    private static AttributeType guess(Predicate predicate) {
        switch (predicate.operator()) {
            case BEFORE, AFTER, ON, IN_LAST, MORE_THAN_AGO, IN_NEXT, ANNIVERSARY:
                return AttributeType.DATE;
            case IS_TRUE, IS_FALSE:
                return AttributeType.BOOLEAN;
            case CONTAINS_ANY, CONTAINS_ALL, CONTAINS_NONE:
                return AttributeType.STRING_LIST;
            case CONTAINS, NOT_CONTAINS, STARTS_WITH, NOT_STARTS_WITH, ENDS_WITH, NOT_ENDS_WITH, MATCHES_REGEX,
                    IS_EMPTY, IS_NOT_EMPTY:
                return AttributeType.STRING;
            default:
                break;
        }
        Value first = firstValue(predicate.operand());
        if (first instanceof Value.Int) {
            return AttributeType.INTEGER;
        } else if (first instanceof Value.Dec) {
            return AttributeType.DECIMAL;
        } else if (first instanceof Value.Bool) {
            return AttributeType.BOOLEAN;
        } else if (first instanceof Value.Text text && isDate(text.value())) {
            return AttributeType.DATE;
        }
        return AttributeType.STRING;
    }

    private static boolean isDate(String text) {
        return ValueText.convert(text, AttributeType.DATE).isPresent();
    }

    private static Value firstValue(Operand operand) {
        if (operand instanceof Operand.Single single) {
            return single.value();
        } else if (operand instanceof Operand.Range range) {
            return range.low() instanceof Value.Int && range.high() instanceof Value.Dec ? range.high() : range.low();
        } else if (operand instanceof Operand.ValueList list && !list.values().isEmpty()) {
            return list.values().stream().filter(Value.Dec.class::isInstance).findFirst().orElse(list.values().get(0));
        }
        return null;
    }

    /** An attribute seen as integer in one place and decimal in another is a decimal. */
    private static void merge(Map<String, AttributeType> types, String name, AttributeType type) {
        types.merge(name, type, (old, now) -> old == AttributeType.INTEGER && now == AttributeType.DECIMAL ? now : old);
    }

    private static List<Attribute> toAttributes(Map<String, AttributeType> types, String source) {
        return types.entrySet().stream()
                .filter(e -> AttributeName.isValid(e.getKey()))
                .map(e -> new Attribute(e.getKey(), e.getValue(), "", source, false))
                .toList();
    }
}
