package io.segmentstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bounds of {@link StoredQuotients} against the rounding itself: for random quotients — many right
 * on a bound, a tie, a power of ten or zero — "quotient beyond the bound" must answer as "stored value
 * compared with x" does.
 */
class StoredQuotientsTest {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    @Test
    void boundsAnswerAsTheRoundedValueDoes() {
        long seed = Long.getLong("segmentstudio.quotients.seed", new SecureRandom().nextLong());
        SplittableRandom random = new SplittableRandom(seed);
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            BigDecimal x = number(random);
            StoredQuotients.Bound atLeast = StoredQuotients.atLeast(x);
            StoredQuotients.Bound above = StoredQuotients.above(x);
            for (BigDecimal q : quotientsNear(random, x, atLeast, above)) {
                BigDecimal stored = q.round(ComputedValues.STORED);
                String context = "seed " + Long.toHexString(seed) + ": x = " + x + ", quotient " + q + ", stored " + stored;
                assertThat(passes(q, atLeast)).as(context + " ≥").isEqualTo(stored.compareTo(x) >= 0);
                assertThat(passes(q, above)).as(context + " >").isEqualTo(stored.compareTo(x) > 0);
                checked++;
            }
            assertThat(StoredQuotients.storable(x)).isEqualTo(x.round(ComputedValues.STORED).compareTo(x) == 0);
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void examples() {
        // 0.33333333333333335 is a tie: it rounds to the even 0.3333333333333334, so it is included
        assertThat(StoredQuotients.atLeast(new BigDecimal("0.3333333333333334")))
                .isEqualTo(new StoredQuotients.Bound(new BigDecimal("0.33333333333333335"), true));
        // below a power of ten the storable values are ten times closer
        assertThat(StoredQuotients.atLeast(BigDecimal.ONE))
                .isEqualTo(new StoredQuotients.Bound(new BigDecimal("0.99999999999999995"), true));
        assertThat(StoredQuotients.above(BigDecimal.ONE))
                .isEqualTo(new StoredQuotients.Bound(new BigDecimal("1.0000000000000005"), false));
        assertThat(StoredQuotients.above(BigDecimal.ZERO)).isEqualTo(new StoredQuotients.Bound(BigDecimal.ZERO, false));
        assertThat(StoredQuotients.storable(new BigDecimal("0.33333333333333333"))).isFalse();
    }

    private static boolean passes(BigDecimal q, StoredQuotients.Bound bound) {
        int c = q.compareTo(bound.value());
        return c > 0 || (c == 0 && bound.inclusive());
    }

    /** Numbers of every size and sign, some with more than 16 digits, some storable, some zero. */
    private static BigDecimal number(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.ONE.scaleByPowerOfTen(random.nextInt(-30, 30)).multiply(sign(random));
            case 2 -> new BigDecimal(BigInteger.valueOf(random.nextLong(1, 10_000_000_000_000_000L)),
                    random.nextInt(-10, 40)).multiply(sign(random));
            default -> new BigDecimal(new BigInteger(random.nextInt(1, 90), new java.util.Random(random.nextLong())),
                    random.nextInt(-10, 40)).multiply(sign(random));
        };
    }

    private static BigDecimal sign(SplittableRandom random) {
        return random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate();
    }

    /** x itself, both bounds and their neighbours far below any rounding step, and random numbers. */
    private static List<BigDecimal> quotientsNear(SplittableRandom random, BigDecimal x, StoredQuotients.Bound... bounds) {
        List<BigDecimal> near = new ArrayList<>(List.of(x, number(random), x.negate()));
        for (StoredQuotients.Bound bound : bounds) {
            BigDecimal v = bound.value();
            BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(v.precision() - v.scale() - 40);
            near.addAll(List.of(v, v.add(step), v.subtract(step), v.multiply(TWO).subtract(x)));
        }
        return near;
    }
}
