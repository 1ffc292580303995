package io.segmentstudio.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A team's rule for segment names: a regular expression the whole name should match, with a hint in
 * words ("Team - Purpose, e.g. CRM - Winback"). Names that do not match are warned about when saved,
 * never refused: a convention guides, it does not block work.
 */
public final class NamingConvention {
    private final Pattern pattern;
    private final String hint;

    /**
     * @param regex a Java regular expression the whole name must match
     * @param hint  the convention in words, shown with the warning; may be blank
     * @throws IllegalArgumentException naming the problem when the expression does not compile
     */
    public NamingConvention(String regex, String hint) {
        Objects.requireNonNull(regex, "regex");
        try {
            this.pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a valid naming pattern: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at position " + e.getIndex() : ""), e);
        }
        this.hint = hint == null ? "" : hint.strip();
    }

    public String regex() {
        return pattern.pattern();
    }

    public String hint() {
        return hint;
    }

    /** The warning for this name, or empty when it follows the convention. */
    public Optional<String> check(String name) {
        if (name != null && pattern.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of("'" + name + "' does not follow the naming convention "
                + (hint.isEmpty() ? "" : hint + " ") + "(pattern " + pattern.pattern() + ")");
    }

    /** The warnings of an optional convention: none when there is none. */
    public static List<String> warnings(Optional<NamingConvention> convention, String name) {
        return convention.flatMap(c -> c.check(name)).stream().toList();
    }
}
