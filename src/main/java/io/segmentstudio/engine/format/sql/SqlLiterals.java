package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.ValueText;
import java.math.BigDecimal;
import java.util.Optional;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.schema.Column;

/**
 * SQL literals as values of an attribute's type: numbers exactly (BigDecimal, never double), strings,
 * TRUE/FALSE, and dates as {@code DATE 'yyyy-mm-dd'} or a plain {@code 'yyyy-mm-dd'} string.
 */
final class SqlLiterals {
    private final SqlSource source;

    SqlLiterals(SqlSource source) {
        this.source = source;
    }

    /** Whether the expression is a literal at all (so that column-to-column comparisons can be named). */
    static boolean isLiteral(Expression expression) {
        return expression instanceof StringValue || expression instanceof LongValue || expression instanceof DoubleValue
                || expression instanceof BooleanValue || expression instanceof DateTimeLiteralExpression
                || expression instanceof DateValue || expression instanceof NullValue
                || expression instanceof SignedExpression signed && isLiteral(signed.getExpression())
                || expression instanceof Column column && bool(column).isPresent();
    }

    Value value(Expression literal, AttributeType type) {
        if (literal instanceof NullValue) {
            throw source.error(literal, "comparing with NULL is never true in SQL; use IS NULL or IS NOT NULL");
        }
        Optional<Value> value = switch (type) {
            case STRING, STRING_LIST -> literal instanceof StringValue text
                    ? Optional.of(new Value.Text(SqlSource.restore(text.getNotExcapedValue()))) : Optional.empty();
            case INTEGER -> number(literal).flatMap(SqlLiterals::whole);
            // A whole-number literal stays an integer operand, which a decimal attribute takes exactly.
            case DECIMAL -> number(literal).map(n -> isWholeLiteral(literal) ? whole(n).orElse(new Value.Dec(n))
                    : new Value.Dec(n));
            case BOOLEAN -> (literal instanceof BooleanValue b ? Optional.of(b.getValue())
                    : literal instanceof Column c ? bool(c) : Optional.<Boolean>empty()).map(Value.Bool::new);
            case DATE -> day(literal);
            case TIMESTAMP -> Optional.empty();
        };
        return value.orElseThrow(() -> source.error(literal, "not a " + type.label() + " literal"
                + (type == AttributeType.DATE ? " (DATE 'yyyy-mm-dd' or 'yyyy-mm-dd')" : "")));
    }

    private static boolean isWholeLiteral(Expression literal) {
        return literal instanceof LongValue
                || literal instanceof SignedExpression signed && signed.getExpression() instanceof LongValue;
    }

    private static Optional<Value> whole(BigDecimal number) {
        try {
            return Optional.of(new Value.Int(number.longValueExact()));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** JSqlParser prints a number as written, so its text gives the exact decimal. */
    private static Optional<BigDecimal> number(Expression literal) {
        if (literal instanceof SignedExpression signed) {
            return number(signed.getExpression()).map(n -> signed.getSign() == '-' ? n.negate() : n);
        }
        if (literal instanceof LongValue || literal instanceof DoubleValue) {
            try {
                return Optional.of(new BigDecimal(literal.toString()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Value> day(Expression literal) {
        String text = null;
        if (literal instanceof DateTimeLiteralExpression dated
                && dated.getType() == DateTimeLiteralExpression.DateTime.DATE) {
            text = dated.getValue().replace("'", "");
        } else if (literal instanceof StringValue string) {
            text = SqlSource.restore(string.getNotExcapedValue());
        } else if (literal instanceof DateValue date) {
            text = date.getValue().toLocalDate().toString();
        }
        return text == null ? Optional.empty() : ValueText.convert(text, AttributeType.DATE);
    }

    /** JSqlParser may read TRUE and FALSE as column names. */
    static Optional<Boolean> bool(Column column) {
        String name = column.getColumnName();
        return column.getTable() == null && (name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false"))
                ? Optional.of(name.equalsIgnoreCase("true")) : Optional.empty();
    }
}
