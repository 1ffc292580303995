package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;

/**
 * Snowflake (not run here: golden files are its proof). Facts from the Snowflake SQL reference: TRIM
 * takes the characters to remove as a second argument; REGEXP_INSTR(subject, pattern, position,
 * occurrence, option, parameters) returns 0 when nothing matches, with parameters 'c' (case-sensitive)
 * and 'i' (case-insensitive) — REGEXP_LIKE would be anchored to the whole value; ARRAY_CONTAINS takes
 * the VARIANT to find first and the array second; CONVERT_TIMEZONE(target, timestamp) converts a
 * TIMESTAMP_TZ into the target zone. Correlated scalar subqueries are supported when they can be
 * statically determined to return one row, as an aggregate without GROUP BY does (user guide,
 * "Working with Subqueries").
 */
final class SnowflakeSyntax extends DialectSyntax {
    SnowflakeSyntax() {
        super(Dialect.SNOWFLAKE);
    }

    @Override
    SqlFragment trim(SqlFragment text) {
        return Sql.format("TRIM({}, ' ')", text);
    }

    @Override
    SqlFragment matches(SqlFragment value, String pattern, boolean caseSensitive) {
        return Sql.format(caseSensitive ? "REGEXP_INSTR({}, {}, 1, 1, 0, 'c') > 0" : "REGEXP_INSTR({}, {}, 1, 1, 0, 'i') > 0",
                value, Sql.param(pattern));
    }

    @Override
    SqlFragment arrayContains(SqlFragment array, SqlFragment element) {
        return Sql.format("ARRAY_CONTAINS(CAST({} AS VARIANT), {})", element, array);
    }

    @Override
    SqlFragment arrayLength(SqlFragment array) {
        return Sql.format("ARRAY_SIZE({})", array);
    }

    @Override
    SqlFragment inZone(SqlFragment timestamp, SqlFragment zone) {
        return Sql.format("CONVERT_TIMEZONE({}, {})", zone, timestamp);
    }

    /** DATEDIFF('day', …) counts the day boundaries crossed: for two DATEs, their difference. */
    @Override
    SqlFragment daysBetween(SqlFragment from, SqlFragment to) {
        return Sql.format("DATEDIFF('day', {}, {})", from, to);
    }

    /** "Unsupported subquery type": a correlated subquery must be an aggregate to return one row. */
    @Override
    boolean ordersCorrelatedSubqueries() {
        return false;
    }
}
