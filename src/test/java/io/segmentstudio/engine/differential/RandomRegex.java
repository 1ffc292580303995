package io.segmentstudio.engine.differential;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random regular expressions in the subset semantics.md promises on every backend: literals, '.',
 * character classes, \d, anchors, groups with alternation, and the quantifiers * + ? {m} {m,} {m,n}.
 *
 * <p>For case-insensitive matching the letters come only from case pairs of exactly two members.
 * Letters with a third case form (k and the Kelvin sign, s and long s, i with dotless ı and dotted İ,
 * å and the Ångström sign, σ and ς, ß and ẞ, µ and μ, the Greek symbol variants, Dž/dž/DŽ) are
 * matched differently by Java, RE2 and PostgreSQL; semantics.md says so and the generator keeps them
 * out of case-insensitive patterns (they stay in the values, and in case-sensitive patterns).
 */
final class RandomRegex {
    private static final List<String> CASE_SENSITIVE_LETTERS = List.of("a", "b", "c", "d", "e", "z", "o", "x", "D",
            "E", "Z", "ë", "Ë", "é", "ß", "ẞ", "s", "S", "ſ", "k", "K", "K", "i", "I", "İ", "ı", "Σ", "σ", "ς", "ο",
            "δ", "Å", "å", "µ", "ǅ", "🎉", "日", "1", "2", "3", "7", "٣", " ", "%", "_", "'", "\"", "-", ";", "/");
    private static final List<String> CASE_INSENSITIVE_LETTERS = List.of("a", "b", "c", "d", "e", "z", "o", "x",
            "D", "E", "Z", "ë", "Ë", "é", "É", "ö", "ο", "Ο", "δ", "Δ", "λ", "🎉", "日", "1", "2", "3", "7", "٣", " ",
            "%", "_", "'", "\"", "-", ";", "/");
    private static final List<String> CASE_SENSITIVE_CLASSES = List.of("[a-h]", "[0-9]", "[^a-h]", "[\\d]", "[\\d.]",
            "[a-h0-9_]", "[%_']", "[a-z]", "[A-Z]", "[^a-z ]", "[α-ω]", "[xyzë]", "[ -/]");
    private static final List<String> CASE_INSENSITIVE_CLASSES = List.of("[a-h]", "[0-9]", "[^a-h]", "[\\d]",
            "[\\d.]", "[a-h0-9_]", "[%_']", "[xyzë]", "[ -/]", "[^0-9]", "[l-r]");
    private static final List<String> ESCAPED = List.of("\\.", "\\\\", "\\$", "\\^", "\\(", "\\)", "\\[", "\\]",
            "\\{", "\\}", "\\|", "\\*", "\\+", "\\?");
    private static final List<String> WHOLE = List.of("", "^$", ".", "^.*$", "^ ", " $", "^\\d+$", "\\d{2,}",
            "(de|fr)$", "^[a-h]+$", "zo.", "straße", "%", "_", "\\\\");

    private final SplittableRandom random;

    RandomRegex(SplittableRandom random) {
        this.random = random;
    }

    String pattern(boolean caseSensitive) {
        if (random.nextInt(6) == 0) {
            String whole = pick(WHOLE);
            // "straße" holds ß, whose case forms engines disagree on.
            return caseSensitive || !whole.contains("ß") ? whole : "stra";
        }
        StringBuilder pattern = new StringBuilder();
        if (random.nextInt(4) == 0) {
            pattern.append('^');
        }
        pattern.append(sequence(caseSensitive, 2));
        if (random.nextInt(4) == 0) {
            pattern.append('$');
        }
        return pattern.toString();
    }

    private String sequence(boolean caseSensitive, int depth) {
        StringBuilder sequence = new StringBuilder();
        int atoms = 1 + random.nextInt(4);
        for (int i = 0; i < atoms; i++) {
            sequence.append(atom(caseSensitive, depth)).append(quantifier());
        }
        return sequence.toString();
    }

    private String atom(boolean caseSensitive, int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 9);
        return switch (kind) {
            case 0, 1, 2, 3 -> pick(caseSensitive ? CASE_SENSITIVE_LETTERS : CASE_INSENSITIVE_LETTERS);
            case 4 -> ".";
            case 5, 6 -> pick(caseSensitive ? CASE_SENSITIVE_CLASSES : CASE_INSENSITIVE_CLASSES);
            case 7 -> "\\d";
            case 8 -> pick(ESCAPED);
            default -> {
                StringBuilder group = new StringBuilder("(").append(sequence(caseSensitive, depth - 1));
                int alternatives = random.nextInt(3);
                for (int i = 0; i < alternatives; i++) {
                    group.append('|').append(sequence(caseSensitive, depth - 1));
                }
                yield group.append(')').toString();
            }
        };
    }

    private String quantifier() {
        return switch (random.nextInt(14)) {
            case 0 -> "*";
            case 1 -> "+";
            case 2 -> "?";
            case 3 -> "{" + random.nextInt(3) + "}";
            case 4 -> "{" + random.nextInt(3) + ",}";
            case 5 -> {
                int low = random.nextInt(3);
                yield "{" + low + "," + (low + random.nextInt(3)) + "}";
            }
            default -> "";
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
