package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.SqlFragment;

/**
 * Positive comparisons of numbers, booleans and dates with plain values. Integers bind as Long and
 * decimals as BigDecimal, so the database compares exactly (19.90 = 19.9).
 */
final class ScalarSql {
    Truth write(Operator operator, Predicate predicate, AttributeType type, SqlFragment column) {
        return Truth.nullable(switch (operator) {
            case EQUALS -> compare(column, "=", predicate, type);
            case LESS_THAN -> compare(column, "<", predicate, type);
            case LESS_OR_EQUAL -> compare(column, "<=", predicate, type);
            case GREATER_THAN -> compare(column, ">", predicate, type);
            case GREATER_OR_EQUAL -> compare(column, ">=", predicate, type);
            case IN -> Sql.format("{} IN ({})", column, Sql.join(Operands.list(predicate).stream()
                    .map(value -> parameter(value, predicate, type)).toList(), ", "));
            case BETWEEN -> Sql.format("{} BETWEEN {} AND {}", column,
                    parameter(Operands.range(predicate).low(), predicate, type),
                    parameter(Operands.range(predicate).high(), predicate, type));
            case IS_TRUE -> Sql.format("{} = TRUE", column);
            case IS_FALSE -> Sql.format("{} = FALSE", column);
            default -> throw new IllegalArgumentException(operator.key() + " is not a comparison");
        });
    }

    private static SqlFragment compare(SqlFragment column, String comparison, Predicate predicate, AttributeType type) {
        return Sql.format("{} " + comparison + " {}", column, parameter(Operands.single(predicate), predicate, type));
    }

    private static SqlFragment parameter(Value value, Predicate predicate, AttributeType type) {
        return Sql.param(SqlValues.parameter(value, type, predicate.id()));
    }
}
