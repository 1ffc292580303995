package io.segmentstudio.ingest.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated customer: what the profile says about them, plus the {@link Habits} that drive their
 * events. The email is the preferred address; {@link EmailAddresses} makes it unique.
 *
 * @param age null when the customer did not give it
 */
record Customer(String key, String firstName, String lastName, String preferredEmail, String country, String city,
                Integer age, LocalDate signupDate, boolean emailConsent, boolean smsConsent, List<String> interests,
                Habits habits) {
    Customer {
        interests = List.copyOf(interests);
    }

    /**
     * The hidden variables of the behaviour model; they shape the events and are never stored.
     *
     * @param visitsPerMonth site visits per month while active
     * @param cartRate       chance a visit adds something to the cart
     * @param conversion     chance a cart becomes a purchase
     * @param spendLevel     multiplier on typical item prices
     * @param openRate       chance a campaign email is opened
     * @param clickRate      chance an opened email is clicked
     * @param activeUntil    last day of activity: the anchor date, or earlier for churned customers
     * @param recentBurst    came back in the last 30 days for a few extra visits
     */
    record Habits(double visitsPerMonth, double cartRate, double conversion, double spendLevel, double openRate,
                  double clickRate, LocalDate activeUntil, boolean recentBurst) {
    }
}
