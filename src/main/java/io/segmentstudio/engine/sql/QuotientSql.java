package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.StoredQuotients;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An average or a rate: numerator ÷ denominator over the events of one subquery, missing when the
 * denominator is 0. Its comparisons give exactly the answers of the stored value, which is rounded to
 * 16 significant digits: {@link StoredQuotients} turns "stored &gt; 50" into "quotient &gt; bound", and
 * that is tested as {@code numerator > bound × denominator} — no division, so exact in every dialect
 * (as event conditions compare an average).
 */
final class QuotientSql {
    private final DialectSyntax syntax;
    private final SqlFragment numerator;
    private final SqlFragment denominator;
    private final SqlFragment from;

    QuotientSql(DialectSyntax syntax, SqlFragment numerator, SqlFragment denominator, SqlFragment from) {
        this.syntax = syntax;
        this.numerator = numerator;
        this.denominator = denominator;
        this.from = from;
    }

    /** The database's quotient (its own precision), NULL without a denominator. */
    SqlFragment value() {
        return Sql.format("(SELECT CASE WHEN {} > 0 THEN {} END {})", denominator,
                syntax.divide(numerator, denominator), from);
    }

    /**
     * A positive operator, never NULL: without a denominator the guard is FALSE, and otherwise the
     * numerator is present.
     */
    Truth write(Operator operator, Predicate predicate) {
        if (operator == Operator.IS_NULL) {
            return Truth.total(Sql.format("(SELECT {} = 0 {})", denominator, from));
        }
        SqlFragment test = switch (operator) {
            case EQUALS -> equalTo(decimal(Operands.single(predicate), predicate));
            case IN -> Sql.format("({})", Sql.join(Operands.list(predicate).stream()
                    .map(value -> equalTo(decimal(value, predicate))).toList(), " OR "));
            case GREATER_THAN -> passes(StoredQuotients.above(decimal(Operands.single(predicate), predicate)));
            case GREATER_OR_EQUAL -> passes(StoredQuotients.atLeast(decimal(Operands.single(predicate), predicate)));
            case LESS_THAN -> fails(StoredQuotients.atLeast(decimal(Operands.single(predicate), predicate)));
            case LESS_OR_EQUAL -> fails(StoredQuotients.above(decimal(Operands.single(predicate), predicate)));
            case BETWEEN -> Sql.format("{} AND {}",
                    passes(StoredQuotients.atLeast(decimal(Operands.range(predicate).low(), predicate))),
                    fails(StoredQuotients.above(decimal(Operands.range(predicate).high(), predicate))));
            default -> throw new IllegalArgumentException(operator.key() + " is not a comparison of numbers");
        };
        return Truth.total(Sql.format("(SELECT {} > 0 AND {} {})", denominator, test, from));
    }

    /** A value with more than 16 significant digits is never stored, so nothing equals it. */
    private SqlFragment equalTo(BigDecimal value) {
        if (!StoredQuotients.storable(value)) {
            return Sql.text("FALSE");
        }
        List<SqlFragment> both = new ArrayList<>();
        both.add(passes(StoredQuotients.atLeast(value)));
        both.add(fails(StoredQuotients.above(value)));
        return Sql.format("({})", Sql.join(both, " AND "));
    }

    private SqlFragment passes(StoredQuotients.Bound bound) {
        return compare(bound.inclusive() ? ">=" : ">", bound);
    }

    private SqlFragment fails(StoredQuotients.Bound bound) {
        return compare(bound.inclusive() ? "<" : "<=", bound);
    }

    private SqlFragment compare(String comparison, StoredQuotients.Bound bound) {
        return Sql.format("{} " + comparison + " {} * {}", numerator, syntax.decimal(Sql.param(bound.value())),
                denominator);
    }

    private static BigDecimal decimal(Value value, Predicate predicate) {
        return (BigDecimal) SqlValues.parameter(value, AttributeType.DECIMAL, predicate.id());
    }
}
