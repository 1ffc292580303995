package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.SqlFragment;

/**
 * A boolean SQL expression and whether SQL may evaluate it to NULL. Semantics.md has no "unknown": a
 * positive condition on a missing value is false, so every nullable expression is closed with
 * {@code COALESCE(…, FALSE)} before it is combined or negated.
 */
record Truth(SqlFragment sql, boolean nullable) {
    /** An expression that is NULL when SQL would say "unknown" (a comparison with a NULL column). */
    static Truth nullable(SqlFragment sql) {
        return new Truth(sql, true);
    }

    /** An expression that is TRUE or FALSE on every row, such as {@code x IS NULL OR …}. */
    static Truth total(SqlFragment sql) {
        return new Truth(sql, false);
    }

    /** The two-valued form: never NULL. */
    SqlFragment orFalse() {
        return nullable ? Sql.format("COALESCE({}, FALSE)", sql) : sql;
    }
}
