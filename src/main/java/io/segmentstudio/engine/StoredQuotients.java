package io.segmentstudio.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Comparisons of a stored average or rate turned into comparisons of the exact quotient. The stored
 * value is the quotient rounded to 16 significant digits ({@link ComputedValues#STORED}); rounding is
 * monotone, so "stored ≥ y" holds exactly for the quotients from one bound upwards. SQL can then test
 * {@code sum > bound × count} without dividing — exact in every dialect — and still select exactly the
 * profiles whose stored value passes.
 */
public final class StoredQuotients {
    private static final MathContext UP = new MathContext(ComputedValues.STORED.getPrecision(), RoundingMode.CEILING);
    private static final MathContext DOWN = new MathContext(ComputedValues.STORED.getPrecision(), RoundingMode.FLOOR);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private StoredQuotients() {
    }

    /** The stored value passes when the quotient is above the bound, or equal to it when inclusive. */
    public record Bound(BigDecimal value, boolean inclusive) {
    }

    /** The quotients whose stored value is at least x. */
    public static Bound atLeast(BigDecimal x) {
        // Zero is stored exactly and nothing else rounds to it: no neighbour to split the difference with.
        return x.signum() == 0 ? new Bound(BigDecimal.ZERO, true) : lowerEdge(x.round(UP));
    }

    /** The quotients whose stored value is above x. */
    public static Bound above(BigDecimal x) {
        if (x.signum() == 0) {
            return new Bound(BigDecimal.ZERO, false);
        }
        BigDecimal least = x.round(UP);
        return lowerEdge(least.compareTo(x) > 0 ? least : x.add(tiny(x), UP));
    }

    /** Whether a stored value can equal x (x has at most 16 significant digits). */
    public static boolean storable(BigDecimal x) {
        return x.round(ComputedValues.STORED).compareTo(x) == 0;
    }

    /**
     * Where rounding starts to give y: halfway to the storable value below it, included when the tie
     * goes to y (ties go to the even last digit).
     */
    private static Bound lowerEdge(BigDecimal y) {
        BigDecimal below = y.subtract(tiny(y), DOWN);
        BigDecimal middle = y.add(below).divide(TWO);
        return new Bound(middle, middle.round(ComputedValues.STORED).compareTo(y) == 0);
    }

    /** Far less than the gap between storable values near v (10^(exponent − 20)). */
    private static BigDecimal tiny(BigDecimal v) {
        return BigDecimal.ONE.scaleByPowerOfTen(v.precision() - v.scale() - 1 - 20);
    }
}
