package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * Reads the comparisons of a WHERE clause: {@code = <> < <= > >=}, IN, BETWEEN, LIKE/ILIKE with leading
 * or trailing %, IS [NOT] NULL, IS [NOT] TRUE/FALSE, a bare boolean column — always an attribute on one
 * side and literals on the other — plus the text idioms Segment Studio's own export writes (see
 * {@link TextForms}; POSITION/LEFT/RIGHT for contains/starts/ends). Plain SQL strings compare as SQL
 * does: case-sensitive and untrimmed.
 */
final class SqlLeaves {
    private final SqlSource source;
    private final SqlColumns columns;
    private final SqlLiterals literals;
    private final Supplier<String> ids;
    private final LikePatterns likes;

    SqlLeaves(SqlSource source, SqlColumns columns, Supplier<String> ids, List<FormatWarning> warnings) {
        this.source = source;
        this.columns = columns;
        this.literals = new SqlLiterals(source);
        this.ids = ids;
        this.likes = new LikePatterns(source, warnings);
    }

    SqlLeaf read(Expression expression) {
        if (expression instanceof IsNullExpression isNull) {
            SqlColumns.Attribute attribute = attribute(isNull.getLeftExpression(), expression);
            return new SqlLeaf(predicate(attribute, Operator.IS_NULL, Operand.NONE, TextOptions.DEFAULT), isNull.isNot(),
                    false);
        } else if (expression instanceof IsBooleanExpression isBoolean) {
            SqlColumns.Attribute attribute = typed(attribute(isBoolean.getLeftExpression(), expression), expression,
                    AttributeType.BOOLEAN);
            return new SqlLeaf(predicate(attribute, isBoolean.isTrue() ? Operator.IS_TRUE : Operator.IS_FALSE,
                    Operand.NONE, TextOptions.DEFAULT), isBoolean.isNot(), false);
        } else if (expression instanceof Column column && SqlLiterals.bool(column).isEmpty()) {
            SqlColumns.Attribute attribute = typed(columns.resolve(column), expression, AttributeType.BOOLEAN);
            return new SqlLeaf(predicate(attribute, Operator.EQUALS, new Operand.Single(new Value.Bool(true)),
                    TextOptions.DEFAULT), false, true);
        } else if (expression instanceof InExpression in) {
            return in(in);
        } else if (expression instanceof Between between) {
            return between(between);
        } else if (expression instanceof LikeExpression like) {
            return like(like);
        } else if (expression instanceof ComparisonOperator comparison) {
            return comparison(comparison);
        }
        throw unsupported(expression);
    }

    /** The reason a fragment cannot be read, as precisely as its kind allows. */
    RuleFormatException unsupported(Expression expression) {
        String kind = expression.getClass().getSimpleName();
        if (expression instanceof Function function) {
            return source.error(expression, "the function " + function.getName() + " is not supported; use plain"
                    + " comparisons, IN, BETWEEN, LIKE and IS NULL on catalog columns");
        } else if (kind.contains("Select")) {
            return source.error(expression, "subqueries are not supported");
        } else if (SqlLiterals.isLiteral(expression)) {
            return source.error(expression, "a literal is not a condition");
        }
        return source.error(expression, "not supported (" + kind + "); use comparisons, IN, BETWEEN, LIKE, IS NULL,"
                + " AND, OR, NOT and parentheses on catalog columns");
    }

    private SqlLeaf comparison(ComparisonOperator comparison) {
        SqlLeaf idiom = TextIdioms.read(comparison, this);
        if (idiom != null) {
            return idiom;
        }
        Expression left = comparison.getLeftExpression();
        Expression right = comparison.getRightExpression();
        boolean mirrored = SqlLiterals.isLiteral(TextForms.strip(left).inner())
                && !SqlLiterals.isLiteral(TextForms.strip(right).inner());
        Expression columnSide = mirrored ? right : left;
        Expression literalSide = mirrored ? left : right;
        String op = mirrored ? mirror(comparison.getStringExpression()) : comparison.getStringExpression();
        TextForms.Normalised column = TextForms.strip(columnSide);
        SqlColumns.Attribute attribute = attribute(column.inner(), comparison);
        Value value = value(literalSide, column, attribute, comparison);
        AttributeType type = attribute.type();
        boolean calendar = type == AttributeType.DATE;
        boolean negated = comparison instanceof NotEqualsTo;
        Operator operator;
        int shift = 0;
        if (comparison instanceof EqualsTo || comparison instanceof NotEqualsTo) {
            operator = Operator.EQUALS;
        } else if (type == AttributeType.STRING || type == AttributeType.BOOLEAN) {
            throw source.error(comparison, "'" + attribute.name() + "' (" + type.label() + ") cannot be ordered with "
                    + op + "; orderings of text differ between databases (semantics.md)");
        } else {
            operator = switch (op) {
                case "<" -> calendar ? Operator.BEFORE : Operator.LESS_THAN;
                case "<=" -> calendar ? Operator.BEFORE : Operator.LESS_OR_EQUAL;
                case ">" -> calendar ? Operator.AFTER : Operator.GREATER_THAN;
                default -> calendar ? Operator.AFTER : Operator.GREATER_OR_EQUAL;
            };
            // "On or before D" is exactly "before D + 1" on calendar days (and "on or after" alike).
            shift = calendar && op.equals("<=") ? 1 : calendar && op.equals(">=") ? -1 : 0;
        }
        if (shift != 0 && value instanceof Value.Day day) {
            value = new Value.Day(day.value().plusDays(shift));
        }
        return new SqlLeaf(checked(attribute, operator, new Operand.Single(value), column.options(), comparison),
                negated, true);
    }

    private static String mirror(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    private SqlLeaf in(InExpression in) {
        TextForms.Normalised column = TextForms.strip(in.getLeftExpression());
        SqlColumns.Attribute attribute = attribute(column.inner(), in);
        if (!(in.getRightExpression() instanceof ParenthesedExpressionList<?> list)) {
            throw source.error(in.getRightExpression(), "IN takes a list of literals; subqueries are not supported");
        }
        List<Value> values = new ArrayList<>();
        for (Object item : list) {
            values.add(value((Expression) item, column, attribute, in));
        }
        return new SqlLeaf(checked(attribute, Operator.IN, new Operand.ValueList(values), column.options(), in),
                in.isNot(), true);
    }

    private SqlLeaf between(Between between) {
        TextForms.Normalised column = TextForms.strip(between.getLeftExpression());
        SqlColumns.Attribute attribute = attribute(column.inner(), between);
        Value low = value(between.getBetweenExpressionStart(), column, attribute, between);
        Value high = value(between.getBetweenExpressionEnd(), column, attribute, between);
        return new SqlLeaf(checked(attribute, Operator.BETWEEN, new Operand.Range(low, high), column.options(), between),
                between.isNot(), true);
    }

    private SqlLeaf like(LikeExpression like) {
        if (like.getLikeKeyWord() != LikeExpression.KeyWord.LIKE && like.getLikeKeyWord() != LikeExpression.KeyWord.ILIKE) {
            throw source.error(like, like.getLikeKeyWord() + " is not supported; use LIKE with leading or trailing %");
        }
        SqlColumns.Attribute attribute = typed(attribute(like.getLeftExpression(), like), like, AttributeType.STRING);
        LikePatterns.Reading reading = likes.read(like);
        TextOptions options = new TextOptions(like.getLikeKeyWord() != LikeExpression.KeyWord.ILIKE, false);
        return new SqlLeaf(checked(attribute, reading.operator(), new Operand.Single(new Value.Text(reading.text())),
                options, like), like.isNot(), true);
    }

    /** Read by {@link TextIdioms} too. */
    SqlColumns.Attribute attribute(Expression expression, Expression context) {
        if (expression instanceof Column column && SqlLiterals.bool(column).isEmpty()) {
            return columns.resolve(column);
        }
        if (SqlLiterals.isLiteral(expression)) {
            throw source.error(context, "a comparison needs a catalog column on one side");
        }
        throw unsupported(expression);
    }

    /** The literal side, normalised exactly as the column side (both or neither: the meaning of the options). */
    Value value(Expression literal, TextForms.Normalised column, SqlColumns.Attribute attribute, Expression context) {
        TextForms.Normalised side = TextForms.strip(literal);
        if (side.inner() instanceof Column) {
            throw source.error(context, "comparing two columns is not supported; compare a column with literals");
        }
        if (!SqlLiterals.isLiteral(side.inner())) {
            throw unsupported(side.inner());
        }
        if (!side.options().equals(column.options())) {
            throw source.error(context, "LOWER/TRIM must wrap the column and the literal alike");
        }
        if (attribute.type() == AttributeType.TIMESTAMP) {
            throw source.error(context, "timestamps are compared by calendar day in the workspace time zone; a SQL"
                    + " comparison of '" + attribute.name() + "' cannot be carried over exactly (only IS [NOT] NULL can)");
        }
        if (attribute.type() != AttributeType.STRING && !column.options().equals(new TextOptions(true, false))) {
            throw unsupported(literal);
        }
        return literals.value(side.inner(), attribute.type());
    }

    Predicate checked(SqlColumns.Attribute attribute, Operator operator, Operand operand, TextOptions options,
                      Expression context) {
        if (!operator.appliesTo(attribute.type())) {
            throw source.error(context, "'" + attribute.name() + "' (" + attribute.type().label() + ") cannot be"
                    + " compared this way (" + operator.label() + ")");
        }
        return predicate(attribute, operator, operand, attribute.type() == AttributeType.STRING ? options
                : TextOptions.DEFAULT);
    }

    private Predicate predicate(SqlColumns.Attribute attribute, Operator operator, Operand operand, TextOptions options) {
        return new Predicate(ids.get(), attribute.name(), operator, operand, options, false);
    }

    private SqlColumns.Attribute typed(SqlColumns.Attribute attribute, Expression context, AttributeType type) {
        if (attribute.type() != type) {
            throw source.error(context, "'" + attribute.name() + "' is " + attribute.type().label() + ", not "
                    + type.label());
        }
        return attribute;
    }
}
