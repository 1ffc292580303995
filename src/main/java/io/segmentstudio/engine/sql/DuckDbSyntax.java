package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;

/**
 * DuckDB 1.x. A BigDecimal parameter is bound as a DECIMAL of its own precision and scale, so decimal
 * comparisons stay exact without a cast (a cast to the column's DECIMAL(38,10) would round).
 */
final class DuckDbSyntax extends DialectSyntax {
    DuckDbSyntax() {
        super(Dialect.DUCKDB);
    }

    /** regexp_matches is a partial match (RE2); options 'i' and 'c' set case (in)sensitivity. */
    @Override
    SqlFragment matches(SqlFragment value, String pattern, boolean caseSensitive) {
        return Sql.format(caseSensitive ? "regexp_matches({}, {}, 'c')" : "regexp_matches({}, {}, 'i')",
                value, Sql.param(pattern));
    }

    @Override
    SqlFragment arrayContains(SqlFragment array, SqlFragment element) {
        return Sql.format("list_contains({}, {})", array, element);
    }

    /**
     * timezone(zone, timestamp), which {@code AT TIME ZONE} stands for, written out: DuckDB numbers the
     * {@code ?} of the rewritten call, so after a subquery with parameters of its own (a computed first or
     * last value) the zone would take the subquery's first parameter.
     */
    @Override
    SqlFragment inZone(SqlFragment timestamp, SqlFragment zone) {
        return Sql.format("timezone({}, {})", zone, timestamp);
    }

    /** DuckDB's CARDINALITY is for maps only; len counts list elements. */
    @Override
    SqlFragment arrayLength(SqlFragment array) {
        return Sql.format("len({})", array);
    }
}
