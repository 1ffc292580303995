package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;

/**
 * PostgreSQL 12 and later, built with ICU (as the Debian, Ubuntu, RHEL/PGDG, Homebrew and cloud builds
 * are). Everything that depends on a locale names its collation explicitly: a column's or database's
 * collation must not change a segment. With a "C" or "POSIX" collation LOWER and {@code ~*} only know
 * ASCII letters, and two operands of different collations were lower-cased differently ("ΣΑΣ" did not
 * equal "ΣΑΣ" ignoring case).
 */
final class PostgresSyntax extends DialectSyntax {
    /** ICU's root locale: present whenever PostgreSQL has ICU, whatever the operating system's locales. */
    static final String UNICODE_COLLATION = "\"und-x-icu\"";

    PostgresSyntax() {
        super(Dialect.POSTGRESQL);
    }

    /**
     * Unicode lower-casing under ICU's root locale. ICU applies the full mapping, which differs from the
     * simple one semantics.md asks for in two characters only: 'İ' (→ "i̇", two code points) and a
     * word-final 'Σ' (→ 'ς'); TRANSLATE gives both their simple lower case first, as for H2.
     */
    @Override
    SqlFragment lower(SqlFragment text) {
        return Sql.format("LOWER(TRANSLATE({}, 'İΣ', 'iσ') COLLATE " + UNICODE_COLLATION + ")", text);
    }

    /**
     * {@code ~} and {@code ~*} match anywhere in the value (advanced regular expressions). Case-sensitive
     * matching runs under "C", which has nothing to fold; case-insensitive matching needs Unicode case
     * pairs, so it runs under ICU — where {@code \d} would also match other scripts' digits ('٣'), so the
     * pattern spells it [0-9], as Java, RE2 and H2 read it ({@link #asciiDigits}).
     */
    @Override
    SqlFragment matches(SqlFragment value, String pattern, boolean caseSensitive) {
        return caseSensitive
                ? Sql.format("({} COLLATE \"C\") ~ {}", value, Sql.param(pattern))
                : Sql.format("({} COLLATE " + UNICODE_COLLATION + ") ~* {}", value, Sql.param(asciiDigits(pattern)));
    }

    /**
     * The pattern with {@code \d} written as {@code [0-9]} ({@code 0-9} inside a bracket expression) and
     * {@code \D} as {@code [^0-9]}; escaped backslashes and everything else are left as they are.
     */
    static String asciiDigits(String pattern) {
        StringBuilder rewritten = new StringBuilder(pattern.length() + 8);
        boolean inBracket = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(i + 1);
                if (next == 'd') {
                    rewritten.append(inBracket ? "0-9" : "[0-9]");
                } else if (next == 'D' && !inBracket) {
                    rewritten.append("[^0-9]");
                } else {
                    rewritten.append(c).append(next);
                }
                i += 2;
                continue;
            }
            if (!inBracket && c == '[') {
                inBracket = true;
                rewritten.append(c);
                i++;
                // A ']' right after '[' or '[^' is a literal member, not the end.
                if (i < pattern.length() && pattern.charAt(i) == '^') {
                    rewritten.append('^');
                    i++;
                }
                if (i < pattern.length() && pattern.charAt(i) == ']') {
                    rewritten.append(']');
                    i++;
                }
                continue;
            }
            if (inBracket && c == '[' && i + 1 < pattern.length() && ":.=".indexOf(pattern.charAt(i + 1)) >= 0) {
                // [:class:], [.element.] and [=class=] inside brackets end with their own ":]", ".]", "=]".
                int end = pattern.indexOf(pattern.charAt(i + 1) + "]", i + 2);
                int stop = end < 0 ? pattern.length() : end + 2;
                rewritten.append(pattern, i, stop);
                i = stop;
                continue;
            }
            if (inBracket && c == ']') {
                inBracket = false;
            }
            rewritten.append(c);
            i++;
        }
        return rewritten.toString();
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

    /** "C" compares UTF-8 bytes: code point order, whatever the column's collation. */
    @Override
    SqlFragment codePointOrder(SqlFragment text) {
        return Sql.format("({} COLLATE \"C\")", text);
    }

    /** The driver may send an untyped parameter; NUMERIC keeps every digit. */
    @Override
    SqlFragment decimal(SqlFragment parameter) {
        return Sql.format("CAST({} AS NUMERIC)", parameter);
    }
}
