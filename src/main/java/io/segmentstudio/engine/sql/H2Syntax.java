package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;

/** H2 2.x, the workspace database. */
final class H2Syntax extends DialectSyntax {
    H2Syntax() {
        super(Dialect.H2);
    }

    /**
     * Simple lower-casing, whatever the JVM's default locale. H2's LOWER is Java's
     * {@code String.toLowerCase()} in the default locale: full and context-sensitive ('İ' becomes "i̇",
     * a word-final 'Σ' becomes 'ς'), and locale-sensitive — in a Turkish or Azeri JVM 'I' becomes 'ı',
     * in a Lithuanian one 'I', 'J', 'Į' before an accent and 'Ì', 'Í', 'Ĩ' gain a combining dot. Those are
     * the only characters where Java's lower-casing differs from the simple mapping semantics.md asks
     * for (Java's ConditionalSpecialCasing); TRANSLATE gives each its simple lower case first.
     */
    @Override
    SqlFragment lower(SqlFragment text) {
        return Sql.format("LOWER(TRANSLATE({}, 'İΣIJĮÌÍĨ', 'iσijįìíĩ'))", text);
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

    /**
     * Java's own zone rules, through FORMATDATETIME: H2 casts a TIMESTAMP WITH TIME ZONE to DATE in the
     * session zone, whatever zone the value is in ('uuuu' is the proleptic year, as java.time counts).
     */
    @Override
    SqlFragment localDay(SqlFragment timestamp, SqlFragment zone) {
        return Sql.format("CAST(FORMATDATETIME({}, 'uuuu-MM-dd', 'en', {}) AS DATE)", timestamp, zone);
    }

    /** H2's DATE − DATE is an INTERVAL; DATEDIFF counts days as a BIGINT. */
    @Override
    SqlFragment daysBetween(SqlFragment from, SqlFragment to) {
        return Sql.format("DATEDIFF(DAY, {}, {})", from, to);
    }

    /** H2 compares strings by UTF-16 unit; their UTF-8 bytes, compared unsigned, give code point order. */
    @Override
    SqlFragment codePointOrder(SqlFragment text) {
        return Sql.format("CAST({} AS VARBINARY)", text);
    }

    /** 40 significant digits: a DECFLOAT quotient would carry 100,000 (and take as long). */
    @Override
    SqlFragment divide(SqlFragment numerator, SqlFragment denominator) {
        return Sql.format("CAST({} AS DECFLOAT(40)) / {}", numerator, denominator);
    }

    /** H2 types a parameter from the other operand: next to MIN(bigint) 4.5 would be converted to 5. */
    @Override
    SqlFragment decimal(SqlFragment parameter) {
        return Sql.format("CAST({} AS DECFLOAT)", parameter);
    }
}
