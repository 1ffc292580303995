package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Value;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;

/**
 * The literal substring tests of Segment Studio's own SQL (DialectSyntax): {@code POSITION(x IN col) > 0}
 * (contains), {@code LEFT(col, LENGTH(x)) = x} (starts with) and {@code RIGHT(col, LENGTH(x)) = x} (ends
 * with), each side possibly normalised (TextForms). Anything else is left to the plain comparisons.
 */
final class TextIdioms {
    private TextIdioms() {
    }

    /** The leaf, or null when the comparison is not one of these idioms. */
    static SqlLeaf read(ComparisonOperator comparison, SqlLeaves leaves) {
        if (comparison instanceof GreaterThan && comparison.getLeftExpression() instanceof Function position
                && position.getName().equalsIgnoreCase("POSITION") && position.getNamedParameters() != null
                && position.getNamedParameters().getExpressions().size() == 2
                && comparison.getRightExpression() instanceof LongValue zero && zero.getValue() == 0) {
            // The parser keeps POSITION(needle IN haystack) as named parameters.
            List<?> parts = position.getNamedParameters().getExpressions();
            return leaf(Operator.CONTAINS, (Expression) parts.get(1), (Expression) parts.get(0), comparison, leaves);
        }
        if (comparison instanceof EqualsTo && comparison.getLeftExpression() instanceof Function cut
                && (TextForms.is(cut, "LEFT", 2) || TextForms.is(cut, "RIGHT", 2))
                && cut.getParameters().get(1) instanceof Function length && TextForms.is(length, "LENGTH", 1)
                && length.getParameters().get(0).toString().equals(comparison.getRightExpression().toString())) {
            return leaf(cut.getName().equalsIgnoreCase("LEFT") ? Operator.STARTS_WITH : Operator.ENDS_WITH,
                    cut.getParameters().get(0), comparison.getRightExpression(), comparison, leaves);
        }
        return null;
    }

    private static SqlLeaf leaf(Operator operator, Expression haystack, Expression needle, Expression context,
                                SqlLeaves leaves) {
        TextForms.Normalised column = TextForms.strip(haystack);
        SqlColumns.Attribute attribute = leaves.attribute(column.inner(), context);
        if (attribute.type() != AttributeType.STRING) {
            return null;
        }
        Value value = leaves.value(needle, column, attribute, context);
        return new SqlLeaf(leaves.checked(attribute, operator, new Operand.Single(value), column.options(), context),
                false, true);
    }
}
