package io.segmentstudio.engine.format.sql;

import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import net.sf.jsqlparser.expression.Expression;

/**
 * The SQL text being read, to say where a fragment stands. JSqlParser does not keep positions on every
 * node, so a fragment is found by its printed form, compared without white space and case (the
 * parser prints {@code trim(x)} as {@code Trim( x )}); the path of warnings and errors is
 * {@code offset N}, the fragment's 0-based character offset, or {@code offset ?} when not found.
 */
final class SqlSource {
    private static final char STAND_IN = '\uE000';
    private final String text;
    private final StringBuilder squeezed = new StringBuilder();
    private final int[] offsets;

    SqlSource(String text) {
        this.text = text;
        this.offsets = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                offsets[squeezed.length()] = i;
                squeezed.append(Character.toLowerCase(c));
            }
        }
    }

    /**
     * Standard SQL strings keep a backslash as it is, but JSqlParser's lexer misreads a backslash before a
     * doubled quote ({@code ' \'''}), which Segment Studio's own export writes for such values. Inside
     * string literals each backslash is therefore swapped for a private-use character of the same length
     * before parsing, and {@link #restore} swaps it back wherever a literal's text is used.
     */
    static String protect(String sql) {
        if (sql.indexOf(STAND_IN) >= 0) {
            throw new RuleFormatException(path(sql.indexOf(STAND_IN)), "the character U+E000 is not supported");
        }
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            }
            out.append(quote == '\'' && c == '\\' ? STAND_IN : c);
        }
        return out.toString();
    }

    static String restore(String text) {
        return text.replace(STAND_IN, '\\');
    }

    /** Where the fragment starts in the text, or -1. */
    int offsetOf(Expression fragment) {
        String wanted = squeeze(fragment.toString());
        int at = wanted.isEmpty() ? -1 : squeezed.indexOf(wanted);
        return at < 0 ? -1 : offsets[at];
    }

    static String path(int offset) {
        return "offset " + (offset < 0 ? "?" : Integer.toString(offset));
    }

    RuleFormatException error(Expression fragment, String message) {
        int offset = offsetOf(fragment);
        return new RuleFormatException(path(offset), restore("`" + abbreviated(fragment.toString()) + "`: " + message));
    }

    FormatWarning warning(Expression fragment, String message) {
        return new FormatWarning(path(offsetOf(fragment)), restore("`" + abbreviated(fragment.toString()) + "`: "
                + message));
    }

    private static String squeeze(String fragment) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String abbreviated(String fragment) {
        return fragment.length() > 80 ? fragment.substring(0, 77) + "…" : fragment;
    }
}
