package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;
import java.util.List;

/**
 * How one SQL dialect spells what the compiler needs. The defaults are standard SQL, which H2,
 * PostgreSQL and DuckDB share; each dialect overrides only where it differs. Every method takes and
 * returns fragments, so values stay parameters whatever the dialect.
 */
abstract class DialectSyntax {
    private final Dialect dialect;

    DialectSyntax(Dialect dialect) {
        this.dialect = dialect;
    }

    static DialectSyntax of(Dialect dialect) {
        return switch (dialect) {
            case H2 -> new H2Syntax();
            case POSTGRESQL -> new PostgresSyntax();
            case DUCKDB -> new DuckDbSyntax();
            case SNOWFLAKE -> new SnowflakeSyntax();
            case BIGQUERY -> new BigQuerySyntax();
        };
    }

    Dialect dialect() {
        return dialect;
    }

    /** Quotes a name that {@link SqlNames} has already checked to be a plain identifier. */
    String quote(String identifier) {
        return '"' + identifier + '"';
    }

    /** A table name, each part of a qualified name quoted: {@code "crm"."customers"}. */
    String quote(List<String> qualifiedName) {
        return String.join(".", qualifiedName.stream().map(this::quote).toList());
    }

    /** Removes leading and trailing U+0020 only, as semantics.md defines trim. */
    SqlFragment trim(SqlFragment text) {
        return Sql.format("TRIM(BOTH ' ' FROM {})", text);
    }

    SqlFragment lower(SqlFragment text) {
        return Sql.format("LOWER({})", text);
    }

    /**
     * Literal substring test. POSITION never interprets its operand (unlike LIKE, whose % _ and escape
     * character would need escaping), and the standard defines an empty needle to occur at position 1.
     */
    SqlFragment contains(SqlFragment haystack, SqlFragment needle) {
        return Sql.format("POSITION({} IN {}) > 0", needle, haystack);
    }

    /** Literal prefix test: the first LENGTH(needle) characters equal the needle. */
    SqlFragment startsWith(SqlFragment haystack, SqlFragment needle) {
        return Sql.format("LEFT({}, LENGTH({})) = {}", haystack, needle, needle);
    }

    SqlFragment endsWith(SqlFragment haystack, SqlFragment needle) {
        return Sql.format("RIGHT({}, LENGTH({})) = {}", haystack, needle, needle);
    }

    /**
     * Whether the pattern matches anywhere in the value, with the engine's own case-insensitive flag
     * (lower-casing a pattern would change its meaning: \D is not \d). The pattern becomes a parameter.
     */
    abstract SqlFragment matches(SqlFragment value, String pattern, boolean caseSensitive);

    /** Whether a string array holds the element, compared exactly. */
    abstract SqlFragment arrayContains(SqlFragment array, SqlFragment element);

    abstract SqlFragment arrayLength(SqlFragment array);

    /**
     * The timestamp as seen in the zone, such that {@code EXTRACT(MONTH/DAY FROM …)} gives the local
     * calendar day. Not cast to DATE: H2 casts TIMESTAMP WITH TIME ZONE to DATE in the session zone.
     */
    SqlFragment inZone(SqlFragment timestamp, SqlFragment zone) {
        return Sql.format("({} AT TIME ZONE {})", timestamp, zone);
    }

    /** The calendar day (a DATE) of a timestamp in the zone. */
    SqlFragment localDay(SqlFragment timestamp, SqlFragment zone) {
        return Sql.format("CAST({} AS DATE)", inZone(timestamp, zone));
    }

    /** Whole days from one DATE to a later one, as an integer. */
    SqlFragment daysBetween(SqlFragment from, SqlFragment to) {
        return Sql.format("({} - {})", to, from);
    }

    /** An ORDER BY key that sorts strings by code point (UTF-8 byte order), whatever the collation. */
    SqlFragment codePointOrder(SqlFragment text) {
        return text;
    }

    /** A decimal quotient, to the dialect's own precision (a display value: never compared). */
    SqlFragment divide(SqlFragment numerator, SqlFragment denominator) {
        return Sql.format("{} / {}", decimal(numerator), denominator);
    }

    /** Whether a correlated scalar subquery may pick its row with ORDER BY … LIMIT 1. */
    boolean ordersCorrelatedSubqueries() {
        return true;
    }

    /**
     * A decimal parameter where the database would otherwise type it from an integer operand (a MIN of
     * an integer property, a COUNT) and round the value: 4.5 must not become 5.
     */
    SqlFragment decimal(SqlFragment parameter) {
        return parameter;
    }
}
