package io.segmentstudio.analytics;

import io.segmentstudio.workspace.EventPropertyCatalog;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

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

    public KpiSnapshot snapshot() {
        boolean hasAmount = workspace.eventProperties().list().stream().anyMatch(p -> p.name().equals(AMOUNT));
        String zone = workspace.timeZone().getId();
        return workspace.jdbi().withHandle(handle -> {
            long profiles = count(handle, "SELECT COUNT(*) FROM profile");
            long events = count(handle, "SELECT COUNT(*) FROM event");
            long orders = countOfType(handle, PURCHASE);
            long buyers = handle.createQuery("SELECT COUNT(DISTINCT profile_id) FROM event WHERE event_type = :type")
                    .bind("type", PURCHASE).mapTo(Long.class).one();
            Optional<BigDecimal> revenue = hasAmount && orders > 0 ? Optional.of(revenue(handle)) : Optional.empty();
            Optional<BigDecimal> averageOrderValue = revenue.map(r -> r.divide(BigDecimal.valueOf(orders), 2,
                    RoundingMode.HALF_EVEN));
            long sent = countOfType(handle, EMAIL_SENT);
            Optional<Double> openRate = sent == 0 ? Optional.empty()
                    : Optional.of((double) countOfType(handle, EMAIL_OPENED) / sent);
            Optional<Double> clickRate = sent == 0 ? Optional.empty()
                    : Optional.of((double) countOfType(handle, EMAIL_CLICKED) / sent);
            return new KpiSnapshot(profiles, events, buyers, orders, revenue, averageOrderValue, openRate, clickRate,
                    hasAmount ? revenueByMonth(handle, zone) : List.of(), eventsByMonth(handle, zone));
        });
    }

    private static long count(Handle handle, String sql) {
        return handle.createQuery(sql).mapTo(Long.class).one();
    }

    private static long countOfType(Handle handle, String type) {
        return handle.createQuery("SELECT COUNT(*) FROM event WHERE event_type = :type")
                .bind("type", type).mapTo(Long.class).one();
    }

    private static BigDecimal revenue(Handle handle) {
        BigDecimal sum = handle.createQuery("SELECT SUM(" + amountColumn() + ") FROM event WHERE event_type = :type")
                .bind("type", PURCHASE).mapTo(BigDecimal.class).one();
        return sum == null ? BigDecimal.ZERO : sum.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static List<KpiSnapshot.MonthlyRevenue> revenueByMonth(Handle handle, String zone) {
        return handle.createQuery("SELECT " + localMonth() + " AS ym, SUM(" + amountColumn() + ") AS revenue,"
                        + " COUNT(*) AS orders FROM event WHERE event_type = :type GROUP BY ym ORDER BY ym")
                .bind("zone", zone)
                .bind("type", PURCHASE)
                .map((rs, ctx) -> new KpiSnapshot.MonthlyRevenue(month(rs.getInt("ym")),
                        rs.getBigDecimal("revenue").setScale(2, RoundingMode.HALF_EVEN), rs.getLong("orders")))
                .list();
    }

    private static List<KpiSnapshot.MonthlyEvents> eventsByMonth(Handle handle, String zone) {
        return handle.createQuery("SELECT " + localMonth() + " AS ym, event_type, COUNT(*) AS n FROM event"
                        + " GROUP BY ym, event_type ORDER BY ym, event_type")
                .bind("zone", zone)
                .map((rs, ctx) -> new KpiSnapshot.MonthlyEvents(month(rs.getInt("ym")), rs.getString("event_type"),
                        rs.getLong("n")))
                .list();
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
