package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.SqlFragment;

/** H2 2.x, the workspace database. */
final class H2Syntax extends DialectSyntax {
    /**
     * H2's LOWER is Java's full, context-sensitive lower-casing: 'İ' becomes "i̇" and a word-final 'Σ'
     * becomes 'ς'. Semantics.md asks for simple lower-casing (like PostgreSQL and DuckDB), which maps
     * them to 'i' and 'σ'; these are the only two characters where the two differ in the root locale.
     */
    @Override
    SqlFragment lower(SqlFragment text) {
        return Sql.format("LOWER(REPLACE(REPLACE({}, 'İ', 'i'), 'Σ', 'σ'))", text);
    }

    /** REGEXP_LIKE is a partial match with java.util.regex; flag 'i' is Unicode case-insensitive. */
    @Override
    SqlFragment matches(SqlFragment value, String pattern, boolean caseSensitive) {
        return Sql.format(caseSensitive ? "REGEXP_LIKE({}, {}, 'c')" : "REGEXP_LIKE({}, {}, 'i')", value, Sql.param(pattern));
    }

    @Override
    SqlFragment arrayContains(SqlFragment array, SqlFragment element) {
        return Sql.format("ARRAY_CONTAINS({}, {})", array, element);
    }

    @Override
    SqlFragment arrayLength(SqlFragment array) {
        return Sql.format("CARDINALITY({})", array);
    }

    /** H2 types a parameter from the other operand: next to MIN(bigint) 4.5 would be converted to 5. */
    @Override
    SqlFragment decimal(SqlFragment parameter) {
        return Sql.format("CAST({} AS DECFLOAT)", parameter);
    }
}
