package io.segmentstudio.engine;

import java.util.Optional;

/**
 * Checks that a regular expression stays inside the subset that Java (the evaluator and H2),
 * PostgreSQL and DuckDB (RE2) read alike (semantics.md): literals, {@code .}, character classes,
 * {@code \d}, anchors, groups (also {@code (?:…)}), alternation and greedy or lazy quantifiers.
 * The scan is escape-aware, so {@code \?+} or {@code \[[a-h]} are literals, not constructs.
 */
final class RegexSubset {
    /** Escapes that name a construct outside the subset (backreferences, \w \s, word boundaries, quoting…). */
    private static final String UNSUPPORTED_ESCAPES = "123456789kpPQEAZzbBGhHvVRXwWsS";

    private RegexSubset() {
    }

    /** Why the pattern is outside the subset, if it is. */
    static Optional<String> problem(String pattern) {
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
            if (c == '\\') {
                if (UNSUPPORTED_ESCAPES.indexOf(next) >= 0) {
                    return Optional.of("'\\" + next + "' (backreferences, \\w, \\s, word boundaries and quoting differ"
                            + " between databases)");
                }
                i++;
            } else if (inClass) {
                if (c == '[' || (c == '&' && next == '&')) {
                    return Optional.of("nested classes or class intersections such as [[:alpha:]] or [a&&b]");
                }
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                // a ']' right after '[' or '[^' is a literal member of the class
                if (next == '^') {
                    i++;
                }
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(' && next == '?' && (i + 2 >= pattern.length() || pattern.charAt(i + 2) != ':')) {
                return Optional.of("'(?' groups other than (?:…): look-around, named groups and inline flags");
            } else if ((c == '*' || c == '+' || c == '?' || c == '}') && next == '+') {
                return Optional.of("possessive quantifiers such as *+");
            }
        }
        return Optional.empty();
    }
}
