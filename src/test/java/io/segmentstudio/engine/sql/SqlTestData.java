package io.segmentstudio.engine.sql;

import static io.segmentstudio.engine.sql.Rules.day;
import static io.segmentstudio.engine.sql.Rules.dec;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Ten hand-made profiles and their events: missing values, blanks, case and space variants, unicode
 * (final sigma, dotted capital I), LIKE wildcards and backslashes in values, Europe/Berlin
 * daylight-saving edges (2026-03-29 has 23 hours, 2026-10-25 has 25), month ends and 29 February.
 * The expected members in {@link SqlExecutionTest} are worked out by hand from semantics.md.
 */
final class SqlTestData {
    /** As-of: Sunday 2026-10-25 13:00 in Berlin, the day clocks go back (day starts 2026-10-24T22:00Z). */
    static final AsOf AS_OF = new AsOf(Instant.parse("2026-10-25T12:00:00Z"), ZoneId.of("Europe/Berlin"));

    static final RuleSchema SCHEMA = RuleSchema.of(List.of(
            attribute("country", AttributeType.STRING),
            attribute("email", AttributeType.STRING),
            attribute("tags", AttributeType.STRING_LIST),
            attribute("age", AttributeType.INTEGER),
            attribute("balance", AttributeType.DECIMAL),
            attribute("newsletter", AttributeType.BOOLEAN),
            attribute("birthday", AttributeType.DATE),
            attribute("last_seen", AttributeType.TIMESTAMP)), List.of(
            attribute("amount", AttributeType.DECIMAL),
            attribute("quantity", AttributeType.INTEGER),
            attribute("category", AttributeType.STRING)));

    static final List<String> KEYS = List.of("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10");

    /** Columns in SCHEMA order: country, email, tags, age, balance, newsletter, birthday, last_seen. */
    private static final List<List<Object>> PROFILES = List.of(
            row("p01", "DE", "anna@example.com", List.of("vip", "gold"), 30L, dec("19.90"), true,
                    day("2000-02-29"), "2026-03-28T23:30:00Z"),
            row("p02", " de ", "BOB@EXAMPLE.COM", List.of(), 17L, dec("19.9"), false,
                    day("1990-02-28"), "2026-03-28T22:59:59Z"),
            row("p03", "De", null, null, null, null, null, null, null),
            row("p04", "FR", "50%_off\\sale@shop.fr", List.of("Gold"), 45L, dec("-5.5"), true,
                    day("1985-03-01"), "2026-03-29T21:59:59Z"),
            row("p05", null, "", List.of("vip"), 65L, dec("0"), false,
                    day("2001-10-25"), "2026-03-29T22:00:00Z"),
            row("p06", "", "   ", List.of("silver", "vip", "gold"), 18L, dec("1000.005"), null,
                    day("2026-10-24"), "2026-10-24T22:30:00Z"),
            row("p07", "   ", " Zoë@Example.com ", List.of("VIP"), 0L, dec("100"), true,
                    day("2026-09-25"), "2026-10-25T11:59:59Z"),
            row("p08", "ÖSTERREICH", "ΟΔΟΣ@mail.gr", List.of("a,b"), 31L, dec("19.899999999"), false,
                    day("2026-11-01"), "2026-10-25T12:00:01Z"),
            row("p09", "österreich", "İstanbul@x.tr", null, -3L, dec("2.50"), true,
                    day("2026-10-18"), "2026-10-25T23:00:00Z"),
            row("p10", "DE ", "x", List.of("gold", "vip"), 100L, null, null,
                    day("2025-10-24"), "2026-10-24T21:59:59Z"));

    /** profile, type, occurred_at, amount, quantity, category. */
    private static final List<List<Object>> EVENTS = List.of(
            event("p01", "purchase", "2026-10-20T10:00:00Z", dec("10.00"), 1L, "Shoes"),
            event("p01", "purchase", "2026-10-24T22:00:00Z", dec("20.50"), 2L, "shoes "),
            event("p01", "purchase", "2026-10-25T12:00:01Z", dec("1000"), 9L, "shoes"),
            event("p02", "purchase", "2026-09-01T00:00:00Z", dec("5"), 1L, "Books"),
            event("p02", "page_view", "2026-10-25T08:00:00Z", null, null, null),
            event("p04", "purchase", "2026-10-25T11:00:00Z", null, null, null),
            event("p05", "purchase", "2026-10-10T00:00:00Z", dec("100"), 3L, "books"),
            event("p05", "purchase", "2026-10-11T00:00:00Z", dec("200"), 4L, "Shoes"),
            event("p06", "page_view", "2026-10-24T21:59:59Z", null, null, null),
            event("p07", "purchase", "2026-10-25T12:00:00Z", dec("0.1"), 1L, "Shoes"));

    private SqlTestData() {
    }

    /** Creates the workspace's two tables with the dialect's column types and loads the data. */
    static void load(Connection connection, Dialect dialect) throws SQLException {
        SqlNames names = SqlNames.workspace();
        String attributes = SCHEMA.attributes().values().stream().sorted(SqlTestData::bySchemaOrder)
                .map(a -> ", \"" + names.attributeColumn(a.name()) + "\" " + type(a.type(), dialect))
                .collect(Collectors.joining());
        String properties = SCHEMA.eventProperties().values().stream().sorted(SqlTestData::bySchemaOrder)
                .map(a -> ", \"" + names.eventPropertyColumn(a.name()) + "\" " + type(a.type(), dialect))
                .collect(Collectors.joining());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE profile (profile_id BIGINT PRIMARY KEY, profile_key VARCHAR(255) NOT NULL"
                    + " UNIQUE" + attributes + ")");
            statement.execute("CREATE TABLE event (event_id BIGINT PRIMARY KEY, profile_id BIGINT NOT NULL"
                    + " REFERENCES profile (profile_id), event_type VARCHAR(100) NOT NULL,"
                    + " occurred_at TIMESTAMP WITH TIME ZONE NOT NULL" + properties + ")");
            statement.execute("CREATE INDEX event_profile_type_time ON event (profile_id, event_type, occurred_at)");
        }
        insert(connection, "profile", PROFILES, 1 + PROFILES.get(0).size());
        insert(connection, "event", EVENTS, 1 + EVENTS.get(0).size());
    }

    private static void insert(Connection connection, String table, List<List<Object>> rows, int columns)
            throws SQLException {
        String holes = String.join(", ", Collections.nCopies(columns, "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + holes + ")")) {
            for (int i = 0; i < rows.size(); i++) {
                insert.setLong(1, i + 1);
                List<Object> row = rows.get(i);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    insert.setObject(c + 2, value instanceof List<?> list
                            ? connection.createArrayOf("VARCHAR", list.toArray()) : value);
                }
                insert.executeUpdate();
            }
        }
    }

    /** The workspace's column types (V1__workspace.sql) in H2, PostgreSQL and DuckDB. */
    private static String type(AttributeType type, Dialect dialect) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case DECIMAL -> switch (dialect) {
                case H2 -> "DECFLOAT";
                case POSTGRESQL -> "NUMERIC";
                default -> "DECIMAL(38,10)";
            };
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
            case STRING_LIST -> switch (dialect) {
                case H2 -> "VARCHAR ARRAY";
                case POSTGRESQL -> "TEXT[]";
                default -> "VARCHAR[]";
            };
        };
    }

    private static final List<String> ORDER = List.of("country", "email", "tags", "age", "balance", "newsletter",
            "birthday", "last_seen", "amount", "quantity", "category");

    private static int bySchemaOrder(Attribute a, Attribute b) {
        return Integer.compare(ORDER.indexOf(a.name()), ORDER.indexOf(b.name()));
    }

    private static Attribute attribute(String name, AttributeType type) {
        return new Attribute(name, type, "", "test", false);
    }

    private static List<Object> row(String key, String country, String email, List<String> tags, Long age,
                                    BigDecimal balance, Boolean newsletter, LocalDate birthday, String lastSeen) {
        return Arrays.asList(key, country, email, tags, age, balance, newsletter, birthday, instant(lastSeen));
    }

    private static List<Object> event(String key, String type, String at, BigDecimal amount, Long quantity,
                                      String category) {
        return Arrays.asList((long) KEYS.indexOf(key) + 1, type, instant(at), amount, quantity, category);
    }

    private static OffsetDateTime instant(String text) {
        return text == null ? null : OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
    }

    static List<String> allBut(String... keys) {
        List<String> rest = new ArrayList<>(KEYS);
        rest.removeAll(List.of(keys));
        return rest;
    }
}
