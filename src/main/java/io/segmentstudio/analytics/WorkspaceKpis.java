package io.segmentstudio.analytics;

import io.segmentstudio.workspace.EventPropertyCatalog;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the workspace KPIs from its events. Conventions: a purchase is an event of type
 * {@value #PURCHASE} whose {@value #AMOUNT} property holds the order value; email engagement is the
 * ratio of {@value #EMAIL_OPENED} and {@value #EMAIL_CLICKED} to {@value #EMAIL_SENT} events.
 * Months are calendar months in the workspace time zone.
 */
public final class WorkspaceKpis {
    static final String PURCHASE = "purchase";
    static final String AMOUNT = "amount";
    static final String EMAIL_SENT = "email_sent";
    static final String EMAIL_OPENED = "email_opened";
    static final String EMAIL_CLICKED = "email_clicked";

    private final Workspace workspace;

    public WorkspaceKpis(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Two scans of the events: one per type (counts, distinct profiles), one per month and type (counts,
     * amounts). Every figure is derived from those rows, so the page costs two passes, not eight.
     */
    public KpiSnapshot snapshot() {
        boolean hasAmount = workspace.eventProperties().list().stream().anyMatch(p -> p.name().equals(AMOUNT));
        String zone = workspace.timeZone().getId();
        return workspace.jdbi().withHandle(handle -> {
            long profiles = handle.createQuery("SELECT COUNT(*) FROM profile").mapTo(Long.class).one();
            Map<String, long[]> byType = new HashMap<>();
            handle.createQuery("SELECT event_type, COUNT(*), COUNT(DISTINCT profile_id) FROM event GROUP BY event_type")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                    .forEach(e -> byType.put(e.getKey(), e.getValue()));
            List<MonthRow> months = handle.createQuery("SELECT " + localMonth() + " AS ym, event_type, COUNT(*) AS n, "
                            + (hasAmount ? "SUM(" + amountColumn() + ")" : "NULL") + " AS amount"
                            + " FROM event GROUP BY ym, event_type ORDER BY ym, event_type")
                    .bind("zone", zone)
                    .map((rs, ctx) -> new MonthRow(month(rs.getInt("ym")), rs.getString("event_type"), rs.getLong("n"),
                            rs.getBigDecimal("amount")))
                    .list();
            return snapshot(profiles, byType, months, hasAmount);
        });
    }

    private record MonthRow(YearMonth month, String eventType, long count, BigDecimal amount) {
    }

    private static KpiSnapshot snapshot(long profiles, Map<String, long[]> byType, List<MonthRow> months,
                                        boolean hasAmount) {
        long events = byType.values().stream().mapToLong(counts -> counts[0]).sum();
        long orders = count(byType, PURCHASE);
        long buyers = byType.getOrDefault(PURCHASE, new long[2])[1];
        List<KpiSnapshot.MonthlyRevenue> revenueByMonth = !hasAmount ? List.of() : months.stream()
                .filter(row -> row.eventType().equals(PURCHASE))
                .map(row -> new KpiSnapshot.MonthlyRevenue(row.month(), money(row.amount()), row.count()))
                .toList();
        Optional<BigDecimal> revenue = hasAmount && orders > 0 ? Optional.of(revenueByMonth.stream()
                .map(KpiSnapshot.MonthlyRevenue::revenue).reduce(BigDecimal.ZERO, BigDecimal::add)) : Optional.empty();
        Optional<BigDecimal> averageOrderValue = revenue.map(r -> r.divide(BigDecimal.valueOf(orders), 2,
                RoundingMode.HALF_EVEN));
        long sent = count(byType, EMAIL_SENT);
        Optional<Double> openRate = sent == 0 ? Optional.empty() : Optional.of((double) count(byType, EMAIL_OPENED) / sent);
        Optional<Double> clickRate = sent == 0 ? Optional.empty()
                : Optional.of((double) count(byType, EMAIL_CLICKED) / sent);
        List<KpiSnapshot.MonthlyEvents> eventsByMonth = months.stream()
                .map(row -> new KpiSnapshot.MonthlyEvents(row.month(), row.eventType(), row.count())).toList();
        return new KpiSnapshot(profiles, events, buyers, orders, revenue, averageOrderValue, openRate, clickRate,
                revenueByMonth, eventsByMonth);
    }

    private static long count(Map<String, long[]> byType, String type) {
        return byType.getOrDefault(type, new long[2])[0];
    }

    private static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** yyyymm of the event's local date in the workspace zone (bound as :zone). */
    private static String localMonth() {
        return "(EXTRACT(YEAR FROM (occurred_at AT TIME ZONE :zone)) * 100"
                + " + EXTRACT(MONTH FROM (occurred_at AT TIME ZONE :zone)))";
    }

    private static YearMonth month(int yearMonth) {
        return YearMonth.of(yearMonth / 100, yearMonth % 100);
    }

    private static String amountColumn() {
        return '"' + EventPropertyCatalog.columnName(AMOUNT) + '"';
    }
}
