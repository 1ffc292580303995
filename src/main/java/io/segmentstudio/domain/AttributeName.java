package io.segmentstudio.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Attribute names are snake_case identifiers so that they read the same in the UI, in rule JSON and in
 * the SQL a data team reviews. Free-form labels (CSV headers) are normalised with {@link #fromLabel}.
 */
public final class AttributeName {
    public static final int MAX_LENGTH = 100;
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]{0,99}");

    private AttributeName() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    public static String requireValid(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("Invalid attribute name '" + name
                    + "': use lower-case letters, digits and '_', starting with a letter, at most "
                    + MAX_LENGTH + " characters");
        }
        return name;
    }

    /** "TotalCharges" → "total_charges", "E-mail Opt-in" → "e_mail_opt_in", "2nd try" → "a_2nd_try". */
    public static String fromLabel(String label) {
        String ascii = Normalizer.normalize(label.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String snake = ascii.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (snake.isEmpty()) {
            snake = "column";
        }
        if (!Character.isLetter(snake.charAt(0))) {
            snake = "a_" + snake;
        }
        return snake.length() > MAX_LENGTH ? snake.substring(0, MAX_LENGTH) : snake;
    }
}
