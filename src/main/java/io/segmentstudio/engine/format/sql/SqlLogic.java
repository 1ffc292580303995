package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.FormatWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/**
 * AND, OR, NOT and parentheses, read so that the tree selects exactly the rows for which the WHERE
 * clause is TRUE under SQL's three-valued logic. A comparison on a missing value is NULL in SQL and
 * false in a segment; the two agree until a negation, where SQL's NOT(NULL) is still not TRUE while
 * semantics.md's negation includes missing values. So a negated comparison that SQL can leave NULL
 * becomes "opposite AND attribute is present" (with a warning), and NOT is pushed through AND/OR (De
 * Morgan) down to such comparisons. Expressions that are never NULL — IS NULL and Segment Studio's own
 * {@code COALESCE(…, FALSE)} — keep a plain negation, so an exported rule reads back as it was.
 */
final class SqlLogic {
    private final SqlSource source;
    private final SqlLeaves leaves;
    private final Supplier<String> ids;
    private final List<FormatWarning> warnings;

    SqlLogic(SqlSource source, SqlLeaves leaves, Supplier<String> ids, List<FormatWarning> warnings) {
        this.source = source;
        this.leaves = leaves;
        this.ids = ids;
        this.warnings = warnings;
    }

    /** The rows where the expression is TRUE ({@code wantTrue}) or FALSE (not NULL). */
    Condition read(Expression expression, boolean wantTrue) {
        Expression inner = unwrap(expression);
        if (inner instanceof AndExpression || inner instanceof OrExpression) {
            boolean and = inner instanceof AndExpression;
            // FALSE of an AND is FALSE of any part (De Morgan); TRUE of an OR is TRUE of any part.
            Combinator combinator = and == wantTrue ? Combinator.AND : Combinator.OR;
            String id = ids.get();
            List<Condition> children = new ArrayList<>();
            for (Expression part : chain(inner, and ? AndExpression.class : OrExpression.class)) {
                children.add(read(part, wantTrue));
            }
            return new Group(id, combinator, false, false, children);
        } else if (inner instanceof NotExpression not) {
            if (not.isExclamationMark()) {
                throw source.error(inner, "'!' is not standard SQL; use NOT");
            }
            if (wantTrue && isTwoValued(not.getExpression())) {
                return complement(read(not.getExpression(), true));
            }
            return read(not.getExpression(), !wantTrue);
        } else if (isCoalesceFalse(inner)) {
            Condition truth = read(((Function) inner).getParameters().get(0), true);
            return wantTrue ? truth : complement(truth);
        } else if (inner instanceof BooleanValue || SqlLiterals.isLiteral(inner)) {
            throw source.error(inner, "a constant condition is not supported (only a whole clause of TRUE is)");
        }
        return leaf(leaves.read(inner), wantTrue, inner);
    }

    private Condition leaf(SqlLeaf leaf, boolean wantTrue, Expression context) {
        Predicate positive = leaf.positive();
        if (wantTrue != leaf.sqlNegated()) {
            return positive;
        }
        if (!leaf.nullable()) {
            return complement(positive);
        }
        // SQL: the opposite of a comparison is NULL, not TRUE, where the attribute is missing.
        warnings.add(source.warning(context, "SQL leaves out rows where '" + positive.attribute() + "' is missing;"
                + " read as \"" + describe(positive) + "\" and \"" + positive.attribute() + " is present\", keeping"
                + " that meaning (a segment's negation would include them, semantics.md)"));
        Condition opposite = ordered(positive);
        if (opposite != null) {
            return opposite;
        }
        Predicate present = new Predicate(ids.get(), positive.attribute(), Operator.IS_NOT_NULL, Operand.NONE);
        return Group.and(ids.get(), List.of(complement(positive), present));
    }

    private static String describe(Predicate positive) {
        return positive.attribute() + " " + positive.operator().complementOf().map(Operator::label)
                .orElseGet(() -> "not " + positive.operator().label());
    }

    /** Orderings have an opposite that is false on a missing value too: NOT (x < 5) is x >= 5. */
    private static Condition ordered(Predicate positive) {
        Operator opposite = switch (positive.operator()) {
            case LESS_THAN -> Operator.GREATER_OR_EQUAL;
            case LESS_OR_EQUAL -> Operator.GREATER_THAN;
            case GREATER_THAN -> Operator.LESS_OR_EQUAL;
            case GREATER_OR_EQUAL -> Operator.LESS_THAN;
            case BEFORE, AFTER -> positive.operator();
            default -> null;
        };
        if (opposite == null) {
            return null;
        }
        Operand operand = positive.operand();
        if (opposite == Operator.BEFORE || opposite == Operator.AFTER) {
            // Not before D is on or after D: after D − 1; not after D is before D + 1.
            boolean before = positive.operator() == Operator.AFTER;
            Value.Day day = (Value.Day) ((Operand.Single) operand).value();
            operand = new Operand.Single(new Value.Day(day.value().plusDays(before ? 1 : -1)));
            opposite = before ? Operator.BEFORE : Operator.AFTER;
        }
        return new Predicate(positive.id(), positive.attribute(), opposite, operand, positive.text(), false);
    }

    /** The exact complement, as the operator's negative where there is one, else a negated group. */
    private Condition complement(Condition condition) {
        if (condition instanceof Predicate predicate) {
            Operator negative = negativeOf(predicate.operator());
            if (negative != null) {
                return new Predicate(predicate.id(), predicate.attribute(), negative, predicate.operand(),
                        predicate.text(), false);
            }
            return new Group(ids.get(), Combinator.AND, true, false, List.of(predicate));
        }
        Group group = (Group) condition;
        return new Group(group.id(), group.combinator(), !group.negated(), false, group.children());
    }

    private static Operator negativeOf(Operator operator) {
        if (operator.isNegative()) {
            return operator.complementOf().orElseThrow();
        }
        for (Operator candidate : Operator.values()) {
            if (candidate.complementOf().orElse(null) == operator) {
                return candidate;
            }
        }
        return null;
    }

    /** Never NULL in SQL: IS [NOT] NULL, IS [NOT] TRUE, COALESCE(…, FALSE), and logic over only those. */
    private static boolean isTwoValued(Expression expression) {
        Expression inner = unwrap(expression);
        if (inner instanceof AndExpression and) {
            return isTwoValued(and.getLeftExpression()) && isTwoValued(and.getRightExpression());
        } else if (inner instanceof OrExpression or) {
            return isTwoValued(or.getLeftExpression()) && isTwoValued(or.getRightExpression());
        } else if (inner instanceof NotExpression not) {
            return isTwoValued(not.getExpression());
        }
        return inner instanceof IsNullExpression || inner instanceof IsBooleanExpression || isCoalesceFalse(inner);
    }

    static boolean isCoalesceFalse(Expression expression) {
        return expression instanceof Function function && TextForms.is(function, "COALESCE", 2)
                && function.getParameters().get(1) instanceof BooleanValue value && !value.getValue();
    }

    /** Parentheses only group: (x) is x. */
    static Expression unwrap(Expression expression) {
        Expression inner = expression;
        while (inner instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            inner = (Expression) list.get(0);
        }
        return inner;
    }

    /** a AND b AND c, which the parser nests to the left, as one list (parentheses keep their own group). */
    private static List<Expression> chain(Expression expression, Class<?> kind) {
        List<Expression> parts = new ArrayList<>();
        if (kind.isInstance(expression)) {
            net.sf.jsqlparser.expression.BinaryExpression binary = (net.sf.jsqlparser.expression.BinaryExpression) expression;
            parts.addAll(chain(binary.getLeftExpression(), kind));
            parts.addAll(chain(binary.getRightExpression(), kind));
        } else {
            parts.add(expression);
        }
        return parts;
    }
}
