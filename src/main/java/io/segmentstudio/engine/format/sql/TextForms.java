package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.rule.TextOptions;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TrimFunction;

/**
 * The string normalisations Segment Studio's own SQL export writes around both sides of a text
 * comparison — {@code TRIM(BOTH ' ' FROM x)} for trim, {@code LOWER(x)} (in H2
 * {@code LOWER(TRANSLATE(x, 'İΣIJĮÌÍĨ', 'iσijįìíĩ'))}) for ignoring case — read back as text options, so
 * that an export reads back with its meaning. These are the only functions the reader accepts.
 */
final class TextForms {
    /** H2's TRANSLATE table for simple lower-casing (H2Syntax); any other TRANSLATE is a plain function. */
    private static final String FROM = "İΣIJĮÌÍĨ";
    private static final String TO = "iσijįìíĩ";

    /** An expression without its normalisation, and the text options that normalisation means. */
    record Normalised(Expression inner, TextOptions options) {
    }

    private TextForms() {
    }

    /** Strips LOWER(…) and TRIM(BOTH ' ' FROM …); an expression without them is compared exactly. */
    static Normalised strip(Expression expression) {
        boolean lower = false;
        Expression inner = expression;
        if (inner instanceof Function function && is(function, "LOWER", 1)) {
            lower = true;
            inner = function.getParameters().get(0);
            if (inner instanceof Function translate && isCaseTable(translate)) {
                inner = translate.getParameters().get(0);
            }
        }
        boolean trim = false;
        if (inner instanceof TrimFunction function && isSpaceTrim(function)) {
            trim = true;
            inner = function.getFromExpression() != null ? function.getFromExpression() : function.getExpression();
        }
        return new Normalised(inner, new TextOptions(!lower, trim));
    }

    static boolean is(Function function, String name, int arguments) {
        return function.getName() != null && function.getName().equalsIgnoreCase(name)
                && function.getParameters() != null && function.getParameters().size() == arguments;
    }

    private static boolean isCaseTable(Function translate) {
        if (!is(translate, "TRANSLATE", 3)) {
            return false;
        }
        List<?> parameters = translate.getParameters();
        return parameters.get(1) instanceof StringValue from && from.getValue().equals(FROM)
                && parameters.get(2) instanceof StringValue to && to.getValue().equals(TO);
    }

    /** TRIM(BOTH ' ' FROM x) or TRIM(x): both remove leading and trailing spaces. */
    private static boolean isSpaceTrim(TrimFunction trim) {
        TrimFunction.TrimSpecification how = trim.getTrimSpecification();
        if (how != null && how != TrimFunction.TrimSpecification.BOTH) {
            return false;
        }
        if (trim.getFromExpression() == null) {
            return true;
        }
        return trim.getExpression() instanceof StringValue what && what.getValue().equals(" ");
    }
}
