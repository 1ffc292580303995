package io.segmentstudio.ingest.sample;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Email addresses derived from names, made unique within one generation. All domains are under the
 * reserved ".example" top-level domain (RFC 2606), so a sample segment published by mistake can never
 * reach a real inbox.
 */
final class EmailAddresses {
    /** Number of local-part styles {@link #preferred} knows. */
    static final int STYLES = 7;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]");
    private final Set<String> taken = new HashSet<>();

    /**
     * The address a person with this name would pick.
     *
     * @param style  0..{@value #STYLES}-1: first.last, firstlast, f.last, first_last, first.lastNN,
     *               firstlastNN, last.first
     * @param number 1..99, used by the styles that append digits
     */
    static String preferred(String firstName, String lastName, String domain, int style, int number) {
        String first = ascii(firstName);
        String last = ascii(lastName);
        String two = String.format(Locale.ROOT, "%02d", number);
        String local = switch (style) {
            case 0 -> first + "." + last;
            case 1 -> first + last;
            case 2 -> first.charAt(0) + "." + last;
            case 3 -> first + "_" + last;
            case 4 -> first + "." + last + two;
            case 5 -> first + last + two;
            case 6 -> last + "." + first;
            default -> throw new IllegalArgumentException("Unknown email style " + style);
        };
        return local + "@" + domain;
    }

    /** The preferred address, or the first free variant with a counter ("anna.schmidt2@…"). */
    String claim(String preferred) {
        if (taken.add(preferred)) {
            return preferred;
        }
        int at = preferred.indexOf('@');
        String local = preferred.substring(0, at);
        String domain = preferred.substring(at);
        // a counter straight after trailing digits would read as one number: "smith42" + 2 ≠ "smith422"
        String separator = Character.isDigit(local.charAt(local.length() - 1)) ? "_" : "";
        for (int n = 2; ; n++) {
            String candidate = local + separator + n + domain;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    /** "Jørgensen" → "jorgensen", "De Luca" → "deluca": lower-case ASCII letters only. */
    static String ascii(String name) {
        String folded = name.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l");
        String stripped = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        String letters = NON_LETTERS.matcher(stripped).replaceAll("");
        return letters.isEmpty() ? "customer" : letters;
    }
}
