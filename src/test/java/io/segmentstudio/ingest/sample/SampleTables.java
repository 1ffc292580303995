package io.segmentstudio.ingest.sample;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.workspace.AttributeCatalog;
import io.segmentstudio.workspace.EventPropertyCatalog;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Reads back what the generator wrote, for the tests. */
final class SampleTables {
    private SampleTables() {
    }

    record Profile(String key, String email, String country, Long age, LocalDate signupDate, long orders,
                   BigDecimal totalRevenue, BigDecimal averageOrderValue, LocalDate lastPurchaseDate,
                   BigDecimal emailOpenRate, BigDecimal emailClickRate, boolean emailConsent, String loyaltyTier) {
    }

    record Event(String key, String type, Instant at, BigDecimal amount, String campaignId) {
    }

    static List<Profile> profiles(Workspace workspace) {
        return workspace.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT profile_key, a_email, a_country, a_age, a_signup_date, a_orders, a_total_revenue,
                               a_average_order_value, a_last_purchase_date, a_email_open_rate, a_email_click_rate,
                               a_email_consent, a_loyalty_tier
                        FROM profile ORDER BY profile_key""")
                .map((rs, ctx) -> new Profile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getObject(5, LocalDate.class), rs.getLong(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getObject(9, LocalDate.class),
                        rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBoolean(12), rs.getString(13)))
                .list());
    }

    /** In event_id order, which is each profile's time order. */
    static List<Event> events(Workspace workspace) {
        return workspace.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT p.profile_key, e.event_type, e.occurred_at, e.p_amount, e.p_campaign_id
                        FROM event e JOIN profile p ON p.profile_id = e.profile_id ORDER BY e.event_id""")
                .map((rs, ctx) -> new Event(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getBigDecimal(4), rs.getString(5)))
                .list());
    }

    /**
     * SHA-256 over every generated value of every profile and event, in key and event order. Row ids and
     * the profiles' created/updated clock columns are left out: they are not generated data.
     */
    static String digest(Workspace workspace) {
        String profileColumns = RetailCatalog.profileAttributes().stream()
                .map(a -> AttributeCatalog.columnName(a.name())).collect(Collectors.joining(", "));
        String eventColumns = RetailCatalog.eventProperties().stream().map(Attribute::name)
                .map(name -> "e." + EventPropertyCatalog.columnName(name)).collect(Collectors.joining(", "));
        MessageDigest digest = sha256();
        workspace.jdbi().useHandle(handle -> {
            handle.createQuery("SELECT profile_key, " + profileColumns + " FROM profile ORDER BY profile_key")
                    .map((rs, ctx) -> row(rs)).forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
            handle.createQuery("SELECT p.profile_key, e.event_type, e.occurred_at, e.source, e.properties, "
                            + eventColumns + " FROM event e JOIN profile p ON p.profile_id = e.profile_id"
                            + " ORDER BY e.event_id")
                    .map((rs, ctx) -> row(rs)).forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(rs.getString(i)).append('\u001f');
        }
        return row.append('\n').toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
