package io.segmentstudio.engine.differential;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Seeds of the differential tests. A run has a base seed; profile set {@code i} gets a 32-bit set seed
 * derived from it, and tree {@code j} of that set a 64-bit case seed whose upper half is the set seed.
 * One case seed therefore replays one case (its profile set and its tree) on its own:
 * {@code -Dsegmentstudio.diff.seed=<16 hex digits>}.
 */
final class Seeds {
    static final String BASE_SEED_PROPERTY = "segmentstudio.diff.baseSeed";
    static final String CASE_SEED_PROPERTY = "segmentstudio.diff.seed";

    private Seeds() {
    }

    /** The base seed of this run: given with -Dsegmentstudio.diff.baseSeed, otherwise fresh. */
    static long baseSeed() {
        String given = System.getProperty(BASE_SEED_PROPERTY, "").trim();
        return given.isEmpty() ? new SecureRandom().nextLong() : parse(given);
    }

    static int setSeed(long baseSeed, int setIndex) {
        return (int) (mix(baseSeed + 0x9E3779B97F4A7C15L * (setIndex + 1)) >>> 32);
    }

    static long caseSeed(int setSeed, int treeIndex) {
        long tree = mix(((long) setSeed << 20) ^ (0xD1B54A32D192ED03L * (treeIndex + 1))) & 0xFFFF_FFFFL;
        return ((long) setSeed << 32) | tree;
    }

    static int setSeedOf(long caseSeed) {
        return (int) (caseSeed >>> 32);
    }

    static String format(long seed) {
        return String.format(Locale.ROOT, "%016x", seed);
    }

    static String formatSet(int setSeed) {
        return String.format(Locale.ROOT, "%08x", setSeed);
    }

    /** 16 hex digits, optionally with a 0x prefix. */
    static long parse(String text) {
        String hex = text.trim().toLowerCase(Locale.ROOT);
        if (hex.startsWith("0x")) {
            hex = hex.substring(2);
        }
        return Long.parseUnsignedLong(hex, 16);
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
