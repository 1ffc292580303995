package io.segmentstudio.app.bench;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmark's customer base: profiles with 20 attributes of every scalar type (integers, money,
 * rates, codes of small and large cardinality, flags, dates), some missing. Row i is a function of the
 * seed and i alone, so each engine can be fed the same rows without holding them all twice.
 */
final class BenchProfiles {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final String[] COUNTRIES = {"DE", "FR", "NL", "AT", "CH", "BE", "IT", "ES", "PL", "SE", "DK", "GB"};
    private static final String[] TIERS = {"bronze", "silver", "gold", "platinum"};
    private static final String[] CHANNELS = {"web", "app", "store", "phone", "partner", "marketplace"};
    private static final String[] GENDERS = {"f", "m", "d"};

    static final List<Attribute> ATTRIBUTES = List.of(
            attribute("age", AttributeType.INTEGER), attribute("orders", AttributeType.INTEGER),
            attribute("visits", AttributeType.INTEGER), attribute("tenure_days", AttributeType.INTEGER),
            attribute("children", AttributeType.INTEGER), attribute("score", AttributeType.INTEGER),
            attribute("lifetime_value", AttributeType.DECIMAL), attribute("avg_order_value", AttributeType.DECIMAL),
            attribute("discount_rate", AttributeType.DECIMAL), attribute("balance", AttributeType.DECIMAL),
            attribute("country", AttributeType.STRING), attribute("city", AttributeType.STRING),
            attribute("tier", AttributeType.STRING), attribute("channel", AttributeType.STRING),
            attribute("gender", AttributeType.STRING), attribute("newsletter", AttributeType.BOOLEAN),
            attribute("churned", AttributeType.BOOLEAN), attribute("signup_date", AttributeType.DATE),
            attribute("last_order_date", AttributeType.DATE), attribute("birthday", AttributeType.DATE));

    /** The one event property: purchases carry an amount. */
    static final List<Attribute> EVENT_PROPERTIES = List.of(attribute("amount", AttributeType.DECIMAL));

    private final long seed;

    BenchProfiles(long seed) {
        this.seed = seed;
    }

    private static Attribute attribute(String name, AttributeType type) {
        return new Attribute(name, type, "benchmark " + name.replace('_', ' '), "bench", false);
    }

    static String key(int row) {
        return String.format("B%08d", row);
    }

    /** The values of row i by attribute name; missing values are left out. */
    Map<String, Object> row(int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Map<String, Object> v = new LinkedHashMap<>();
        int orders = (int) Math.min(60, Math.floor(-Math.log(1 - r.nextDouble()) * 4));
        putUnlessMissing(v, r, 0.02, "age", (long) (18 + r.nextInt(73)));
        v.put("orders", (long) orders);
        v.put("visits", (long) r.nextInt(500));
        v.put("tenure_days", (long) r.nextInt(3650));
        putUnlessMissing(v, r, 0.10, "children", (long) r.nextInt(5));
        v.put("score", (long) r.nextInt(101));
        BigDecimal ltv = BigDecimal.valueOf(Math.round(Math.pow(r.nextDouble(), 3) * 500_000), 2);
        putUnlessMissing(v, r, 0.05, "lifetime_value", ltv);
        v.put("avg_order_value", orders == 0 ? BigDecimal.ZERO.setScale(2) : ltv.divide(BigDecimal.valueOf(orders), 2,
                java.math.RoundingMode.HALF_EVEN));
        v.put("discount_rate", BigDecimal.valueOf(r.nextInt(501), 3));
        v.put("balance", BigDecimal.valueOf(r.nextLong(-50_000, 200_000), 2));
        v.put("country", COUNTRIES[Math.min(COUNTRIES.length - 1, (int) Math.floor(-Math.log(1 - r.nextDouble()) * 3))]);
        v.put("city", "City " + r.nextInt(200));
        v.put("tier", TIERS[orders >= 20 ? 3 : orders >= 10 ? 2 : orders >= 3 ? 1 : 0]);
        v.put("channel", CHANNELS[r.nextInt(CHANNELS.length)]);
        putUnlessMissing(v, r, 0.15, "gender", GENDERS[r.nextInt(GENDERS.length)]);
        v.put("newsletter", r.nextDouble() < 0.45);
        v.put("churned", r.nextDouble() < 0.2);
        LocalDate signup = TODAY.minusDays(r.nextInt(3650));
        v.put("signup_date", signup);
        if (orders > 0) {
            v.put("last_order_date", TODAY.minusDays(r.nextInt((int) (TODAY.toEpochDay() - signup.toEpochDay()) + 1)));
        }
        putUnlessMissing(v, r, 0.3, "birthday", LocalDate.of(1935 + r.nextInt(73), 1, 1).plusDays(r.nextInt(365)));
        return v;
    }

    private static void putUnlessMissing(Map<String, Object> values, SplittableRandom r, double missing, String name,
                                         Object value) {
        if (r.nextDouble() >= missing) {
            values.put(name, value);
        }
    }

    /** The attribute names in catalog order. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        ATTRIBUTES.forEach(a -> names.add(a.name()));
        return names;
    }
}
