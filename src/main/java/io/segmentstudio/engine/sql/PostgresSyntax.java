package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.SqlFragment;

/** PostgreSQL 12 and later. */
final class PostgresSyntax extends DialectSyntax {
    /** {@code ~} and {@code ~*} match anywhere in the value (advanced regular expressions). */
    @Override
    SqlFragment matches(SqlFragment value, String pattern, boolean caseSensitive) {
        return Sql.format(caseSensitive ? "{} ~ {}" : "{} ~* {}", value, Sql.param(pattern));
    }

    /** {@code = ANY} compares with the element type's equality: no array-type mismatch (text[] vs varchar[]). */
    @Override
    SqlFragment arrayContains(SqlFragment array, SqlFragment element) {
        return Sql.format("{} = ANY({})", element, array);
    }

    /** CARDINALITY is 0 for an empty array, where ARRAY_LENGTH(…, 1) would be NULL. */
    @Override
    SqlFragment arrayLength(SqlFragment array) {
        return Sql.format("CARDINALITY({})", array);
    }

    /** The driver may send an untyped parameter; NUMERIC keeps every digit. */
    @Override
    SqlFragment decimal(SqlFragment parameter) {
        return Sql.format("CAST({} AS NUMERIC)", parameter);
    }
}
