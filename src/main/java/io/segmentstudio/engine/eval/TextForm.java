package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.TextOptions;

/**
 * The form in which a predicate compares strings, from its text options (semantics.md, "Strings"):
 * trimming removes only U+0020 at both ends, as SQL {@code TRIM} does, and case-insensitive comparison
 * lower-cases both sides with the Unicode <em>simple</em> mapping, one code point at a time.
 *
 * <p>{@link String#toLowerCase} is deliberately not used: it applies the full, context-sensitive
 * mapping for two characters (U+0130 İ becomes "i̇", two code points; Σ at the end of a word becomes ς),
 * which is not what semantics.md prescribes.
 */
record TextForm(boolean caseSensitive, boolean trim) {
    private static final char SPACE = ' ';

    static TextForm of(TextOptions options) {
        return new TextForm(options.caseSensitive(), options.trim());
    }

    /** The form both sides of a comparison are brought to before comparing. */
    String apply(String text) {
        String trimmed = trim ? trimSpaces(text) : text;
        return caseSensitive ? trimmed : lowerSimple(trimmed);
    }

    /** Only trimming: regular expressions ignore case through their flags instead. */
    String trimOnly(String text) {
        return trim ? trimSpaces(text) : text;
    }

    /** For explanations, e.g. "ignoring case, trimmed". */
    String describe() {
        return (caseSensitive ? "case-sensitive" : "ignoring case") + (trim ? ", trimmed" : ", not trimmed");
    }

    static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == SPACE) {
            start++;
        }
        while (end > start && text.charAt(end - 1) == SPACE) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Empty or only U+0020: what is_empty calls empty, whatever the trim option. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != SPACE) {
                return false;
            }
        }
        return true;
    }

    static String lowerSimple(String text) {
        int length = text.length();
        int i = 0;
        // Most values are already lower case: return them without copying.
        while (i < length) {
            int cp = text.codePointAt(i);
            if (Character.toLowerCase(cp) != cp) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == length) {
            return text;
        }
        StringBuilder lower = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            int cp = text.codePointAt(i);
            lower.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return lower.toString();
    }
}
