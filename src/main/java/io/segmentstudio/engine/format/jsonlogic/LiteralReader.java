package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.RuleFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Turns a JsonLogic literal into a typed value for an attribute: numbers for numeric attributes (a number
 * written as a string is converted, with a warning, since JavaScript would compare it differently),
 * ISO dates ("2024-05-01") for date attributes, strings for strings.
 */
final class LiteralReader {
    private final ReadContext context;

    LiteralReader(ReadContext context) {
        this.context = context;
    }

    /**
     * @param strict whether the operator compares without coercion (=== or in), where a numeric string never
     *               equals a number in JsonLogic
     */
    Value value(JsonNode literal, ReadContext.Attr attr, String path, boolean strict) {
        if (literal.isNull() || literal.isContainerNode() || literal.isMissingNode()) {
            throw new RuleFormatException(path, "expected a value for '" + attr.name() + "', found " + literal);
        }
        return switch (attr.type()) {
            case INTEGER, DECIMAL -> number(literal, attr, path, strict);
            case STRING, STRING_LIST -> {
                if (!literal.isTextual()) {
                    throw new RuleFormatException(path, "'" + attr.name() + "' is text; expected a string, found " + literal);
                }
                yield new Value.Text(literal.textValue());
            }
            case BOOLEAN -> {
                if (!literal.isBoolean()) {
                    throw new RuleFormatException(path, "'" + attr.name() + "' is a flag; expected true or false, found "
                            + literal);
                }
                yield new Value.Bool(literal.booleanValue());
            }
            case DATE -> new Value.Day(day(literal, attr, path));
            case TIMESTAMP -> throw new RuleFormatException(path, "'" + attr.name() + "' is a timestamp: segments compare"
                    + " timestamps by calendar day in the workspace time zone, which JsonLogic cannot express");
        };
    }

    LocalDate day(JsonNode literal, ReadContext.Attr attr, String path) {
        try {
            if (literal.isTextual()) {
                return LocalDate.parse(literal.textValue());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new RuleFormatException(path, "'" + attr.name() + "' is a date; expected \"yyyy-mm-dd\", found " + literal);
    }

    /** The numeric value of a literal, converting numeric strings with a warning. */
    BigDecimal decimal(JsonNode literal, ReadContext.Attr attr, String path, boolean strict) {
        if (literal.isNumber()) {
            return literal.decimalValue();
        }
        if (literal.isTextual()) {
            try {
                BigDecimal parsed = new BigDecimal(literal.textValue().strip());
                context.warn(path, "the string " + literal + " is read as the number " + parsed.toPlainString() + " ('"
                        + attr.name() + "' is numeric)" + (strict ? "; JsonLogic's strict comparison would never match"
                        + " a string with a number" : ""));
                return parsed;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new RuleFormatException(path, "'" + attr.name() + "' is numeric; expected a number, found " + literal);
    }

    private Value number(JsonNode literal, ReadContext.Attr attr, String path, boolean strict) {
        BigDecimal value = decimal(literal, attr, path, strict);
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (attr.type() == AttributeType.INTEGER) {
            try {
                if (whole) {
                    return new Value.Int(value.longValueExact());
                }
            } catch (ArithmeticException e) {
                // reported below
            }
            throw new RuleFormatException(path, "'" + attr.name() + "' holds whole numbers; found " + literal);
        }
        // A decimal attribute keeps whole numbers written without a fraction as integers, like the native format.
        if (literal.isIntegralNumber() && literal.canConvertToLong()) {
            return new Value.Int(literal.longValue());
        }
        return new Value.Dec(value);
    }
}
