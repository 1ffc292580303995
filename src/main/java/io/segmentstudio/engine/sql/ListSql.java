package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.engine.SqlFragment;
import java.util.List;

/**
 * Positive string-list predicates. Elements are compared exactly (no case folding, no trim), one
 * membership test per operand value, so every dialect needs only "array contains element".
 */
final class ListSql {
    private final DialectSyntax syntax;

    ListSql(DialectSyntax syntax) {
        this.syntax = syntax;
    }

    Truth write(Operator operator, Predicate predicate, SqlFragment column) {
        return switch (operator) {
            // A missing list makes each test NULL, which the caller's COALESCE turns into false.
            case CONTAINS_ANY -> Truth.nullable(Sql.join(memberships(predicate, column), " OR "));
            case CONTAINS_ALL -> Truth.nullable(Sql.join(memberships(predicate, column), " AND "));
            case IS_EMPTY -> Truth.total(Sql.format("({} IS NULL OR {} = 0)", column, syntax.arrayLength(column)));
            default -> throw new IllegalArgumentException(operator.key() + " is not a string-list operator");
        };
    }

    private List<SqlFragment> memberships(Predicate predicate, SqlFragment column) {
        return Operands.list(predicate).stream()
                .map(value -> syntax.arrayContains(column,
                        Sql.param(SqlValues.parameter(value, AttributeType.STRING_LIST, predicate.id()))))
                .toList();
    }
}
