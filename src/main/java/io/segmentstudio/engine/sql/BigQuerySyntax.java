package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;

/**
 * BigQuery GoogleSQL (not run here: golden files are its proof). Facts from the GoogleSQL reference:
 * identifiers are quoted with backticks; TRIM(value, characters) without characters would remove all
 * Unicode white space; STRPOS(value, substring) is the 1-based position or 0 (there is no POSITION … IN);
 * REGEXP_CONTAINS is a partial RE2 match, made case-insensitive with the (?i) prefix (added to the
 * parameter: a '?' in SQL text, even inside a literal, can confuse JDBC placeholder parsing); {@code x IN
 * UNNEST(array)} tests membership (FALSE for a NULL array, which ARRAY_LENGTH reports as NULL);
 * DATE(timestamp, time_zone) is the calendar day in that zone.
 */
final class BigQuerySyntax extends DialectSyntax {
    BigQuerySyntax() {
        super(Dialect.BIGQUERY);
    }

    @Override
    String quote(String identifier) {
        return '`' + identifier + '`';
    }

    @Override
    SqlFragment trim(SqlFragment text) {
        return Sql.format("TRIM({}, ' ')", text);
    }

    @Override
    SqlFragment contains(SqlFragment haystack, SqlFragment needle) {
        return Sql.format("STRPOS({}, {}) > 0", haystack, needle);
    }

    @Override
    SqlFragment matches(SqlFragment value, String pattern, boolean caseSensitive) {
        return Sql.format("REGEXP_CONTAINS({}, {})", value, Sql.param(caseSensitive ? pattern : "(?i)" + pattern));
    }

    @Override
    SqlFragment arrayContains(SqlFragment array, SqlFragment element) {
        return Sql.format("{} IN UNNEST({})", element, array);
    }

    @Override
    SqlFragment arrayLength(SqlFragment array) {
        return Sql.format("ARRAY_LENGTH({})", array);
    }

    @Override
    SqlFragment inZone(SqlFragment timestamp, SqlFragment zone) {
        return Sql.format("DATE({}, {})", timestamp, zone);
    }

    /** inZone is already the DATE. */
    @Override
    SqlFragment localDay(SqlFragment timestamp, SqlFragment zone) {
        return inZone(timestamp, zone);
    }

    /** DATE_DIFF(later, earlier, DAY); a DATE minus a DATE is not GoogleSQL. */
    @Override
    SqlFragment daysBetween(SqlFragment from, SqlFragment to) {
        return Sql.format("DATE_DIFF({}, {}, DAY)", to, from);
    }
}
