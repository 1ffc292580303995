package io.segmentstudio.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Headline figures of a workspace. Figures that need data the workspace lacks (no purchase events
 * with an amount, no email events) are empty rather than zero, so the UI can say why.
 *
 * @param buyers profiles with at least one purchase
 */
public record KpiSnapshot(long profiles, long events, long buyers, long orders, Optional<BigDecimal> revenue,
                          Optional<BigDecimal> averageOrderValue, Optional<Double> emailOpenRate,
                          Optional<Double> emailClickRate, List<MonthlyRevenue> revenueByMonth,
                          List<MonthlyEvents> eventsByMonth) {
    public KpiSnapshot {
        revenueByMonth = List.copyOf(revenueByMonth);
        eventsByMonth = List.copyOf(eventsByMonth);
    }

    /** Revenue and order count of one calendar month in the workspace time zone. */
    public record MonthlyRevenue(YearMonth month, BigDecimal revenue, long orders) {
    }

    /** Events of one type in one calendar month in the workspace time zone. */
    public record MonthlyEvents(YearMonth month, String eventType, long count) {
    }

    /** Share of profiles that bought, 0..1. */
    public double buyerShare() {
        return profiles == 0 ? 0 : (double) buyers / profiles;
    }
}
