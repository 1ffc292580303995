package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JavaScript's view of JSON values, as json-logic-js sees them: {@link MissingNode} is {@code undefined},
 * every number is a double, arrays and objects compare by identity. The conversions follow the
 * ECMAScript abstract operations (ToNumber, ToString, ToPrimitive, truthiness, parseFloat) because
 * JsonLogic's answers on mixed types are exactly JavaScript's.
 */
final class JsValues {
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    static final JsonNode UNDEFINED = MissingNode.getInstance();

    /** StrDecimalLiteral of ECMAScript, unsigned part (ToNumber of strings and parseFloat share it). */
    private static final String DECIMAL = "(?:Infinity|[0-9]+\\.?[0-9]*(?:[eE][+-]?[0-9]+)?|\\.[0-9]+(?:[eE][+-]?[0-9]+)?)";
    private static final Pattern NUMBER_LITERAL = Pattern.compile("[+-]?" + DECIMAL);
    private static final Pattern FLOAT_PREFIX = Pattern.compile("[+-]?" + DECIMAL);
    private static final Pattern RADIX_LITERAL = Pattern.compile("0([xXoObB])([0-9a-fA-F]+)");

    /** The ECMAScript types that matter to JsonLogic; arrays are objects. */
    enum Type { UNDEFINED, NULL, BOOLEAN, NUMBER, STRING, OBJECT }

    private JsValues() {
    }

    static Type type(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Type.UNDEFINED;
        } else if (value.isNull()) {
            return Type.NULL;
        } else if (value.isBoolean()) {
            return Type.BOOLEAN;
        } else if (value.isNumber()) {
            return Type.NUMBER;
        } else if (value.isTextual()) {
            return Type.STRING;
        }
        return Type.OBJECT;
    }

    static boolean isNullish(JsonNode value) {
        Type type = type(value);
        return type == Type.UNDEFINED || type == Type.NULL;
    }

    static JsonNode number(double value) {
        return DoubleNode.valueOf(value);
    }

    /** jsonLogic.truthy: JavaScript truthiness, except that an empty array is falsy. */
    static boolean truthy(JsonNode value) {
        return switch (type(value)) {
            case UNDEFINED, NULL -> false;
            case BOOLEAN -> value.booleanValue();
            case NUMBER -> {
                double d = value.doubleValue();
                yield d != 0 && !Double.isNaN(d);
            }
            case STRING -> !value.textValue().isEmpty();
            case OBJECT -> !(value.isArray() && value.isEmpty());
        };
    }

    static double toNumber(JsonNode value) {
        return switch (type(value)) {
            case UNDEFINED -> Double.NaN;
            case NULL -> 0;
            case BOOLEAN -> value.booleanValue() ? 1 : 0;
            case NUMBER -> value.doubleValue();
            case STRING -> stringToNumber(value.textValue());
            case OBJECT -> stringToNumber(toJsString(value));
        };
    }

    static String toJsString(JsonNode value) {
        return switch (type(value)) {
            case UNDEFINED -> "undefined";
            case NULL -> "null";
            case BOOLEAN -> Boolean.toString(value.booleanValue());
            case NUMBER -> numberToString(value.doubleValue());
            case STRING -> value.textValue();
            case OBJECT -> value.isArray() ? join(value, ",") : "[object Object]";
        };
    }

    /** Array.prototype.join: null and undefined elements become empty strings. */
    static String join(Iterable<JsonNode> elements, String separator) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (JsonNode element : elements) {
            if (!first) {
                text.append(separator);
            }
            first = false;
            if (!isNullish(element)) {
                text.append(toJsString(element));
            }
        }
        return text.toString();
    }

    /** ToPrimitive: arrays and objects become their string form; primitives stay. */
    static JsonNode toPrimitive(JsonNode value) {
        return type(value) == Type.OBJECT ? NODES.textNode(toJsString(value)) : value;
    }

    /** Number::toString, the shortest round-trip digits in JavaScript's layout (1e+21, 0.000001, 1e-7). */
    static String numberToString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        } else if (d == 0) {
            return "0";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        } else if (d < 0) {
            return "-" + numberToString(-d);
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int k = digits.length();
        int n = k - exact.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        } else if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        } else if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return (k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1)) + "e" + exponent;
    }

    /** StringToNumber: trimmed; empty is 0; decimal, Infinity, 0x/0o/0b literals; anything else NaN. */
    static double stringToNumber(String text) {
        String trimmed = trim(text, true, true);
        if (trimmed.isEmpty()) {
            return 0;
        }
        Matcher radix = RADIX_LITERAL.matcher(trimmed);
        if (radix.matches()) {
            int base = switch (Character.toLowerCase(radix.group(1).charAt(0))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            try {
                return new BigInteger(radix.group(2), base).doubleValue();
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        if (!NUMBER_LITERAL.matcher(trimmed).matches()) {
            return Double.NaN;
        }
        return parseDecimal(trimmed);
    }

    /** parseFloat: the longest decimal prefix after leading white space, else NaN. */
    static double parseFloat(JsonNode value) {
        String text = trim(toJsString(value), true, false);
        Matcher prefix = FLOAT_PREFIX.matcher(text);
        return prefix.lookingAt() ? parseDecimal(prefix.group()) : Double.NaN;
    }

    private static double parseDecimal(String literal) {
        if (literal.endsWith("Infinity")) {
            return literal.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(literal);
    }

    /** ECMAScript white space and line terminators (String.prototype.trim). */
    static boolean isJsWhiteSpace(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' || c == '\u00A0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    private static String trim(String text, boolean start, boolean end) {
        int from = 0;
        int to = text.length();
        while (start && from < to && isJsWhiteSpace(text.charAt(from))) {
            from++;
        }
        while (end && to > from && isJsWhiteSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** ToIntegerOrInfinity, for substr's arguments. */
    static double toInteger(JsonNode value) {
        double d = toNumber(value);
        if (Double.isNaN(d)) {
            return 0;
        }
        return Double.isInfinite(d) ? d : (d < 0 ? Math.ceil(d) : Math.floor(d));
    }
}
