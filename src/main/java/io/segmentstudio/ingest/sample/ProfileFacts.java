package io.segmentstudio.ingest.sample;

import io.segmentstudio.ingest.sample.GeneratorConfig.LoyaltyTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Profile attributes computed from a customer's own events, so that rules on attributes and rules on
 * events agree: orders and revenue are the purchases, rates are opens and clicks per email sent.
 *
 * @param averageOrderValue total revenue / orders, half-up to cents; null without orders
 * @param lastPurchaseDate  calendar day of the latest purchase in the workspace time zone; null without orders
 * @param emailOpenRate     opened / sent, half-up to 4 decimals; null when no email was sent
 * @param emailClickRate    clicked / sent, half-up to 4 decimals; null when no email was sent
 */
record ProfileFacts(long orders, BigDecimal totalRevenue, BigDecimal averageOrderValue, LocalDate lastPurchaseDate,
                    BigDecimal emailOpenRate, BigDecimal emailClickRate, String loyaltyTier) {

    static ProfileFacts of(List<SampleEvent> events, ZoneId zone, List<LoyaltyTier> tiers) {
        long orders = 0;
        BigDecimal revenue = BigDecimal.ZERO.setScale(2);
        Instant lastPurchase = null;
        long sent = 0;
        long opened = 0;
        long clicked = 0;
        for (SampleEvent event : events) {
            switch (event.type()) {
                case PURCHASE -> {
                    orders++;
                    revenue = revenue.add(event.amount());
                    lastPurchase = lastPurchase == null || event.at().isAfter(lastPurchase) ? event.at() : lastPurchase;
                }
                case EMAIL_SENT -> sent++;
                case EMAIL_OPENED -> opened++;
                case EMAIL_CLICKED -> clicked++;
                default -> { }
            }
        }
        return new ProfileFacts(orders, revenue,
                orders == 0 ? null : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP),
                lastPurchase == null ? null : LocalDate.ofInstant(lastPurchase, zone),
                rate(opened, sent), rate(clicked, sent), tier(revenue, tiers));
    }

    private static BigDecimal rate(long count, long sent) {
        return sent == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(sent), 4, RoundingMode.HALF_UP);
    }

    /** The highest tier whose threshold the revenue reaches; tiers are ascending from 0. */
    private static String tier(BigDecimal revenue, List<LoyaltyTier> tiers) {
        String tier = tiers.get(0).name();
        for (LoyaltyTier candidate : tiers) {
            if (revenue.compareTo(candidate.minRevenue()) >= 0) {
                tier = candidate.name();
            }
        }
        return tier;
    }
}
