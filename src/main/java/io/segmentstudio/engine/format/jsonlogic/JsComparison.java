package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.engine.format.jsonlogic.JsValues.Type;

/**
 * JavaScript's ==, === and relational comparison (ECMAScript IsLooselyEqual, IsStrictlyEqual and
 * IsLessThan), which JsonLogic's comparison operators are defined by: {@code 1 == "1"}, {@code null < 1},
 * {@code "10" < "9"} (two strings compare by UTF-16 code units) all hold.
 */
final class JsComparison {
    private JsComparison() {
    }

    static boolean strictEquals(JsonNode a, JsonNode b) {
        Type type = JsValues.type(a);
        if (type != JsValues.type(b)) {
            return false;
        }
        return switch (type) {
            case UNDEFINED, NULL -> true;
            case BOOLEAN -> a.booleanValue() == b.booleanValue();
            case NUMBER -> a.doubleValue() == b.doubleValue();
            case STRING -> a.textValue().equals(b.textValue());
            case OBJECT -> a == b;
        };
    }

    static boolean looseEquals(JsonNode a, JsonNode b) {
        Type ta = JsValues.type(a);
        Type tb = JsValues.type(b);
        if (ta == tb) {
            return strictEquals(a, b);
        }
        boolean nullishA = ta == Type.UNDEFINED || ta == Type.NULL;
        boolean nullishB = tb == Type.UNDEFINED || tb == Type.NULL;
        if (nullishA || nullishB) {
            return nullishA && nullishB;
        }
        if (ta == Type.BOOLEAN) {
            return looseEquals(JsValues.number(JsValues.toNumber(a)), b);
        } else if (tb == Type.BOOLEAN) {
            return looseEquals(a, JsValues.number(JsValues.toNumber(b)));
        } else if (ta == Type.OBJECT) {
            return looseEquals(JsValues.toPrimitive(a), b);
        } else if (tb == Type.OBJECT) {
            return looseEquals(a, JsValues.toPrimitive(b));
        }
        // One number, one string: the string is converted.
        return JsValues.toNumber(a) == JsValues.toNumber(b);
    }

    /** IsLessThan: null when the answer is undefined (a NaN took part), which every relation reads as false. */
    static Boolean lessThan(JsonNode a, JsonNode b) {
        JsonNode pa = JsValues.toPrimitive(a);
        JsonNode pb = JsValues.toPrimitive(b);
        if (pa.isTextual() && pb.isTextual()) {
            return pa.textValue().compareTo(pb.textValue()) < 0;
        }
        double na = JsValues.toNumber(pa);
        double nb = JsValues.toNumber(pb);
        if (Double.isNaN(na) || Double.isNaN(nb)) {
            return null;
        }
        return na < nb;
    }

    static boolean less(JsonNode a, JsonNode b) {
        return Boolean.TRUE.equals(lessThan(a, b));
    }

    static boolean lessOrEqual(JsonNode a, JsonNode b) {
        Boolean greater = lessThan(b, a);
        return greater != null && !greater;
    }
}
