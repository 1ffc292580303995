package io.segmentstudio.ingest.sample;

import io.segmentstudio.ingest.sample.Customer.Habits;
import io.segmentstudio.ingest.sample.GeneratorConfig.Country;
import io.segmentstudio.ingest.sample.GeneratorConfig.NameGroup;
import io.segmentstudio.ingest.sample.GeneratorConfig.Weighted;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Draws who a customer is (place, name, age, consents, interests, signup day) and how they behave.
 * The shares below are round, plausible figures for a mid-sized online retailer, not fitted to data.
 */
final class CustomerFactory {
    /** Signups span about three years before the anchor date. */
    private static final int HISTORY_DAYS = 3 * 365;
    /** Churned customers have shown no activity for at least this long (six months and a bit). */
    private static final int CHURN_QUIET_DAYS = 183;
    /** The shop grew: three times as many signups per day at the end of the history as at its start. */
    private static final double SIGNUP_GROWTH = StrictMath.log(3);
    private static final double CHURN_SHARE = 0.25;
    private static final double RECENT_BURST_SHARE = 0.15;
    private static final double WHALE_SHARE = 0.01;
    private static final double WINDOW_SHOPPER_SHARE = 0.08;
    private static final double AGE_MISSING_SHARE = 0.12;
    private static final double EMAIL_CONSENT_SHARE = 0.62;

    private final LocalDate anchor;
    private final GeneratorConfig config;
    private final Assortment assortment;
    private final WeightedChoice<Place> places;

    /** A country with its weighted city and email-domain choices, built once. */
    private record Place(Country country, NameGroup names, WeightedChoice<String> cities,
                         WeightedChoice<String> domains) {
    }

    CustomerFactory(LocalDate anchor, GeneratorConfig config, Assortment assortment) {
        this.anchor = anchor;
        this.config = config;
        this.assortment = assortment;
        this.places = new WeightedChoice<>(config.countries().stream().map(this::place).toList(),
                place -> place.country().weight());
    }

    private Place place(Country country) {
        return new Place(country, config.nameGroups().get(country.names()), weighted(country.cities()),
                weighted(country.emailDomains()));
    }

    private static WeightedChoice<String> weighted(List<Weighted> entries) {
        return new WeightedChoice<>(entries, Weighted::weight).map(Weighted::name);
    }

    Customer create(int index, SampleRandom random) {
        Place place = places.pick(random);
        String city = place.cities().pick(random);
        String firstName = random.pick(place.names().firstNames());
        String lastName = random.pick(place.names().lastNames());
        String email = EmailAddresses.preferred(firstName, lastName, place.domains().pick(random),
                random.below(EmailAddresses.STYLES), random.between(1, 99));
        Integer age = random.chance(AGE_MISSING_SHARE) ? null : age(random);
        LocalDate signup = signupDate(random);
        boolean emailConsent = random.chance(EMAIL_CONSENT_SHARE);
        boolean smsConsent = random.chance(emailConsent ? 0.35 : 0.05);
        List<String> interests = assortment.interests(random);
        return new Customer(key(index), firstName, lastName, email, place.country().code(), city, age, signup,
                emailConsent, smsConsent, interests, habits(random, signup));
    }

    /** "C000001" for the first customer; wider numbers simply grow the key. */
    private static String key(int index) {
        return String.format(Locale.ROOT, "C%06d", index + 1);
    }

    /** Adults, right-skewed: median about 34, few over 70. */
    private static int age(SampleRandom random) {
        return (int) Math.min(90, 18 + Math.round(random.logNormal(16, 0.6)));
    }

    /** Inverse of an exponentially growing signup rate over the history window. */
    private LocalDate signupDate(SampleRandom random) {
        double share = StrictMath.log(1 + random.uniform() * (StrictMath.exp(SIGNUP_GROWTH) - 1)) / SIGNUP_GROWTH;
        int day = Math.min(HISTORY_DAYS - 1, (int) (share * HISTORY_DAYS));
        return anchor.minusDays(HISTORY_DAYS - 1L - day);
    }

    private Habits habits(SampleRandom random, LocalDate signup) {
        boolean whale = random.chance(WHALE_SHARE);
        boolean windowShopper = !whale && random.chance(WINDOW_SHOPPER_SHARE);
        // visits: log-normal across customers (most buy once or twice), a Pareto tail of whales on top
        double visits = random.logNormal(0.065, 1.0) * (whale ? Math.min(40, 5 * random.pareto(1.5)) : 1);
        double cartRate = windowShopper ? 0.6 + 0.3 * random.uniform() : random.kumaraswamy(1.5, 4);
        double conversion = windowShopper ? 0.03 : random.kumaraswamy(2, 2);
        if (whale) {
            cartRate = Math.max(cartRate, 0.5);
            conversion = Math.max(conversion, 0.7);
        }
        double spendLevel = random.logNormal(1, 0.45) * (whale ? 1.8 : 1);
        double openRate = random.kumaraswamy(1.3, 4);
        double clickRate = random.kumaraswamy(1.2, 5);
        LocalDate activeUntil = anchor;
        LocalDate lastChurnDay = anchor.minusDays(CHURN_QUIET_DAYS);
        long churnableDays = ChronoUnit.DAYS.between(signup.plusDays(14), lastChurnDay);
        boolean churned = !whale && churnableDays >= 0 && random.chance(CHURN_SHARE);
        if (churned) {
            activeUntil = signup.plusDays(14 + random.below((int) churnableDays + 1));
        }
        boolean recentBurst = !churned && random.chance(RECENT_BURST_SHARE);
        return new Habits(visits, cartRate, conversion, spendLevel, openRate, clickRate, activeUntil, recentBurst);
    }
}
