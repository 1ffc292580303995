package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.SqlFragment;

/**
 * Positive string predicates. Both sides get the same normalisation in SQL — trim, then lower-case —
 * so that the database applies one and the same function to the value and to the operand.
 */
final class TextSql {
    private final DialectSyntax syntax;

    TextSql(DialectSyntax syntax) {
        this.syntax = syntax;
    }

    Truth write(Operator operator, Predicate predicate, SqlFragment column) {
        TextOptions options = predicate.text();
        SqlFragment value = normalised(column, options);
        return switch (operator) {
            case EQUALS -> Truth.nullable(Sql.format("{} = {}", value, operand(predicate, options)));
            case IN -> Truth.nullable(Sql.format("{} IN ({})", value, Sql.join(Operands.list(predicate).stream()
                    .map(item -> normalised(Sql.param(text(item, predicate)), options)).toList(), ", ")));
            case CONTAINS -> Truth.nullable(syntax.contains(value, operand(predicate, options)));
            case STARTS_WITH -> Truth.nullable(syntax.startsWith(value, operand(predicate, options)));
            case ENDS_WITH -> Truth.nullable(syntax.endsWith(value, operand(predicate, options)));
            // Trim applies to the value only: spaces in a pattern are part of the pattern.
            case MATCHES_REGEX -> Truth.nullable(syntax.matches(options.trim() ? syntax.trim(column) : column,
                    text(Operands.single(predicate), predicate), options.caseSensitive()));
            // Semantics.md: empty means missing or only spaces, whatever the trim option.
            case IS_EMPTY -> Truth.total(Sql.format("({} IS NULL OR LENGTH({}) = 0)", column, syntax.trim(column)));
            default -> throw new IllegalArgumentException(operator.key() + " is not a string operator");
        };
    }

    private SqlFragment operand(Predicate predicate, TextOptions options) {
        return normalised(Sql.param(text(Operands.single(predicate), predicate)), options);
    }

    private static String text(Value value, Predicate predicate) {
        return (String) SqlValues.parameter(value, AttributeType.STRING, predicate.id());
    }

    private SqlFragment normalised(SqlFragment text, TextOptions options) {
        SqlFragment trimmed = options.trim() ? syntax.trim(text) : text;
        return options.caseSensitive() ? trimmed : syntax.lower(trimmed);
    }
}
