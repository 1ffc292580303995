package io.segmentstudio.domain.rule;

/**
 * How a predicate compares strings. The default ignores case and trims leading and trailing spaces,
 * because that is what marketers mean by "country is de" (see semantics.md).
 */
public record TextOptions(boolean caseSensitive, boolean trim) {
    public static final TextOptions DEFAULT = new TextOptions(false, true);
    public static final TextOptions EXACT = new TextOptions(true, false);
}
