package io.segmentstudio.engine;

/**
 * A range of dates or instants; a null bound is unbounded. Both backends derive their comparisons
 * from the same interval, so boundaries (inclusive or not, DST days) cannot drift apart.
 */
public record Interval<T extends Comparable<? super T>>(T low, boolean lowInclusive, T high, boolean highInclusive) {
    public static <T extends Comparable<? super T>> Interval<T> closed(T low, T high) {
        return new Interval<>(low, true, high, true);
    }

    /** [low, high) */
    public static <T extends Comparable<? super T>> Interval<T> halfOpen(T low, T high) {
        return new Interval<>(low, true, high, false);
    }

    public static <T extends Comparable<? super T>> Interval<T> below(T high) {
        return new Interval<>(null, false, high, false);
    }

    public static <T extends Comparable<? super T>> Interval<T> atLeast(T low) {
        return new Interval<>(low, true, null, false);
    }

    public boolean contains(T value) {
        if (low != null) {
            int c = value.compareTo(low);
            if (c < 0 || (c == 0 && !lowInclusive)) {
                return false;
            }
        }
        if (high != null) {
            int c = value.compareTo(high);
            return c < 0 || (c == 0 && highInclusive);
        }
        return true;
    }
}
