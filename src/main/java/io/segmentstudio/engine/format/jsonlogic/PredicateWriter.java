package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One predicate as JsonLogic that means the same under JavaScript's rules: numeric orderings carry a
 * {@code != null} guard (JavaScript would compare a missing value as 0), string comparisons are exact.
 * What JsonLogic cannot say (patterns, prefixes, relative dates, timestamps) is refused.
 */
final class PredicateWriter {
    /** Integers beyond this lose digits as JavaScript doubles. */
    private static final long SAFE_INTEGER = (1L << 53) - 1;
    /** Decimals with more significant digits than this may round together as doubles. */
    private static final int DOUBLE_DIGITS = 15;

    private final Optional<RuleSchema> schema;
    private final List<FormatWarning> warnings;

    PredicateWriter(Optional<RuleSchema> schema, List<FormatWarning> warnings) {
        this.schema = schema;
        this.warnings = warnings;
    }

    JsonNode write(Predicate p) {
        Operator op = p.operator();
        String a = p.attribute();
        textOptions(p);
        requireNoTimestamp(p);
        return switch (op) {
            case EQUALS -> Shapes.op("==", Shapes.var(a), single(p));
            case NOT_EQUALS -> Shapes.op("!=", Shapes.var(a), single(p));
            case IN -> in(p);
            case NOT_IN -> Shapes.unary("!", in(p));
            case CONTAINS -> contains(p);
            case NOT_CONTAINS -> Shapes.unary("!", contains(p));
            case LESS_THAN -> Shapes.guarded(a, Shapes.op("<", Shapes.var(a), single(p)));
            case LESS_OR_EQUAL -> Shapes.guarded(a, Shapes.op("<=", Shapes.var(a), single(p)));
            case GREATER_THAN -> Shapes.guarded(a, Shapes.op(">", Shapes.var(a), single(p)));
            case GREATER_OR_EQUAL -> Shapes.guarded(a, Shapes.op(">=", Shapes.var(a), single(p)));
            case BETWEEN -> between(p);
            case NOT_BETWEEN -> Shapes.unary("!", between(p));
            case IS_NULL -> Shapes.op("==", Shapes.var(a), JsValues.NODES.nullNode());
            case IS_NOT_NULL -> Shapes.op("!=", Shapes.var(a), JsValues.NODES.nullNode());
            case IS_EMPTY -> Shapes.unary("!", emptiness(p));
            case IS_NOT_EMPTY -> Shapes.unary("!!", emptiness(p));
            case IS_TRUE -> Shapes.op("===", Shapes.var(a), JsValues.NODES.booleanNode(true));
            case IS_FALSE -> Shapes.op("===", Shapes.var(a), JsValues.NODES.booleanNode(false));
            // Dates are ISO text in JsonLogic data, and ISO text orders like the calendar.
            case BEFORE -> Shapes.op("<", Shapes.var(a), single(p));
            case AFTER -> Shapes.op(">", Shapes.var(a), single(p));
            case ON -> Shapes.op("==", Shapes.var(a), single(p));
            case CONTAINS_ANY -> Shapes.op("some", Shapes.var(a), Shapes.op("in", Shapes.var(""), list(p)));
            case CONTAINS_NONE -> Shapes.unary("!", Shapes.op("some", Shapes.var(a), Shapes.op("in", Shapes.var(""), list(p))));
            case CONTAINS_ALL -> containsAll(p);
            case STARTS_WITH, NOT_STARTS_WITH, ENDS_WITH, NOT_ENDS_WITH, MATCHES_REGEX -> throw refused(p,
                    "JsonLogic has no prefix, suffix or pattern test");
            case IN_LAST, MORE_THAN_AGO, IN_NEXT, ANNIVERSARY -> throw refused(p,
                    "JsonLogic has no dates relative to the as-of day");
        };
    }

    private JsonNode in(Predicate p) {
        return Shapes.op("in", Shapes.var(p.attribute()), list(p));
    }

    private JsonNode contains(Predicate p) {
        Value value = ((Operand.Single) p.operand()).value();
        if (value instanceof Value.Text text && text.value().isEmpty()) {
            warn(p, "contains \"\" is true for an empty string in segments, false in JsonLogic");
        }
        return Shapes.op("in", literal(p, value), Shapes.var(p.attribute()));
    }

    private JsonNode between(Predicate p) {
        Operand.Range range = (Operand.Range) p.operand();
        ObjectNode test = Shapes.op("<=", literal(p, range.low()), Shapes.var(p.attribute()), literal(p, range.high()));
        // A missing date is never between two dates in JavaScript; a missing number would be 0.
        return range.low() instanceof Value.Day ? test : Shapes.guarded(p.attribute(), test);
    }

    private JsonNode containsAll(Predicate p) {
        ArrayNode all = JsValues.NODES.objectNode().putArray("and");
        for (Value value : ((Operand.ValueList) p.operand()).values()) {
            all.add(Shapes.op("in", literal(p, value), Shapes.var(p.attribute())));
        }
        return (JsonNode) JsValues.NODES.objectNode().set("and", all);
    }

    /** JavaScript's truthiness of the value: null, "" and [] are falsy. */
    private JsonNode emptiness(Predicate p) {
        AttributeType type = schema.flatMap(s -> s.attributeType(p.attribute())).orElse(null);
        if (type != AttributeType.STRING_LIST) {
            warn(p, (type == null ? "if '" + p.attribute() + "' is a string: " : "")
                    + "a value of only spaces is empty in segments, not in JsonLogic");
        }
        return Shapes.var(p.attribute());
    }

    private JsonNode single(Predicate p) {
        return literal(p, ((Operand.Single) p.operand()).value());
    }

    private ArrayNode list(Predicate p) {
        ArrayNode array = JsValues.NODES.arrayNode();
        ((Operand.ValueList) p.operand()).values().forEach(v -> array.add(literal(p, v)));
        return array;
    }

    /** Values as JSON; decimals keep a fraction digit so that they read back as decimals. */
    private JsonNode literal(Predicate p, Value value) {
        if (value instanceof Value.Text text) {
            return JsValues.NODES.textNode(text.value());
        } else if (value instanceof Value.Int integer) {
            if (Math.abs(integer.value()) > SAFE_INTEGER || integer.value() == Long.MIN_VALUE) {
                warn(p, integer.value() + " is beyond JavaScript's exact integers (2^53); JsonLogic engines may round it");
            }
            return JsValues.NODES.numberNode(integer.value());
        } else if (value instanceof Value.Dec decimal) {
            BigDecimal d = decimal.value();
            if (d.stripTrailingZeros().precision() > DOUBLE_DIGITS || Double.isInfinite(d.doubleValue())) {
                warn(p, d.toPlainString() + " has more digits than a JavaScript number keeps; JsonLogic engines"
                        + " may round it");
            }
            return JsValues.NODES.numberNode(d.scale() > 0 ? d : d.setScale(1));
        } else if (value instanceof Value.Bool bool) {
            return JsValues.NODES.booleanNode(bool.value());
        } else if (value instanceof Value.Day day) {
            int year = day.value().getYear();
            if (year < 0 || year > 9999) {
                // "+10000-01-01" sorts before "2026-…" as text, and JsonLogic compares dates as text
                warn(p, day.value() + " lies outside the years 0000–9999, where dates written as text no longer"
                        + " compare in calendar order as JsonLogic compares them");
            }
            return JsValues.NODES.textNode(day.value().toString());
        }
        throw refused(p, "a timestamp value (" + value.raw() + ") has no JsonLogic form");
    }

    /** JsonLogic compares strings exactly; the default ignores case and trims. */
    private void textOptions(Predicate p) {
        boolean textOperand = switch (p.operator()) {
            case EQUALS, NOT_EQUALS, IN, NOT_IN, CONTAINS, NOT_CONTAINS -> firstValue(p.operand()) instanceof Value.Text;
            default -> false;
        };
        if (textOperand && !p.text().equals(TextOptions.EXACT)) {
            warn(p, "JsonLogic compares strings exactly; this condition "
                    + (p.text().caseSensitive() ? "" : "ignores case") + (!p.text().caseSensitive() && p.text().trim()
                    ? " and " : "") + (p.text().trim() ? "trims spaces" : "") + " in segments");
        }
    }

    /** Timestamps compare by calendar day in the workspace zone, which JsonLogic data cannot carry. */
    private void requireNoTimestamp(Predicate p) {
        AttributeType type = schema.flatMap(s -> s.attributeType(p.attribute())).orElse(null);
        if (type == AttributeType.TIMESTAMP) {
            throw refused(p, "'" + p.attribute() + "' is a timestamp, compared by calendar day in the workspace time"
                    + " zone, which JsonLogic cannot express");
        }
        boolean dayOperand = p.operand() instanceof Operand.Range range && range.low() instanceof Value.Day;
        if (type == null && (p.operator().isCalendar() || dayOperand)) {
            warn(p, "without the catalog, '" + p.attribute() + "' is written as a date (yyyy-mm-dd text); a timestamp"
                    + " attribute would not compare alike");
        }
    }

    private static Value firstValue(Operand operand) {
        if (operand instanceof Operand.Single single) {
            return single.value();
        } else if (operand instanceof Operand.ValueList list && !list.values().isEmpty()) {
            return list.values().get(0);
        }
        return null;
    }

    private void warn(Predicate p, String message) {
        warnings.add(new FormatWarning(p.id(), message));
    }

    private static RuleFormatException refused(Predicate p, String why) {
        return new RuleFormatException(p.id(), "'" + p.attribute() + " " + p.operator().key() + "' cannot be written"
                + " as JsonLogic: " + why);
    }
}
