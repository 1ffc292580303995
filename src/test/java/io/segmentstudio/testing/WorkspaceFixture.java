package io.segmentstudio.testing;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.workspace.EventRows;
import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.ProfileRows;
import io.segmentstudio.workspace.ProfileStore;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import io.segmentstudio.workspace.SyncStates.Direction;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Builds small, deterministic workspaces for tests (and a larger one for looking at the app) until the
 * sample generator lands. Memberships are written directly because the rule engine does not exist yet.
 */
public final class WorkspaceFixture {
    public static final Instant ANCHOR = Instant.parse("2025-06-30T12:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("email", AttributeType.STRING, "Primary e-mail address", "crm.csv", true),
            new Attribute("city", AttributeType.STRING, "City of the billing address", "crm.csv", false),
            new Attribute("age", AttributeType.INTEGER, "Age in years at signup", "crm.csv", false),
            new Attribute("lifetime_value", AttributeType.DECIMAL, "Sum of all order values", "orders.csv", false),
            new Attribute("vip", AttributeType.BOOLEAN, "Member of the loyalty programme", "crm.csv", false),
            new Attribute("signup_date", AttributeType.DATE, "Day the account was created", "crm.csv", false),
            new Attribute("interests", AttributeType.STRING_LIST, "Declared interests", "preferences.json", false));
    public static final List<String> SEGMENT_NAMES = List.of("High value customers", "Berlin shoppers",
            "Newsletter engaged", "Lapsed buyers");

    private static final List<String> CITIES = List.of("Berlin", "Hamburg", "Munich", "Cologne", "Leipzig");
    private static final List<String> INTERESTS = List.of("outdoor", "fashion", "home", "tech", "kids");
    private static final Attribute AMOUNT = new Attribute("amount", AttributeType.DECIMAL, "Order value", "event", false);

    private final int profiles;
    private final boolean evaluate;

    private WorkspaceFixture(int profiles, boolean evaluate) {
        this.profiles = profiles;
        this.evaluate = evaluate;
    }

    /** 40 profiles with events and four segments; the first three evaluated. */
    public static WorkspaceFixture shop() {
        return new WorkspaceFixture(40, true);
    }

    public WorkspaceFixture profiles(int count) {
        return new WorkspaceFixture(count, evaluate);
    }

    /** Leaves every segment unevaluated (no memberships stored). */
    public WorkspaceFixture unevaluated() {
        return new WorkspaceFixture(profiles, false);
    }

    /** Creates the workspace file, closes it and returns its path. */
    public Path createFile(Path file) {
        try (Workspace workspace = create(file)) {
            return workspace.file().file();
        }
    }

    /** Creates the workspace and leaves it open. */
    public Workspace create(Path file) {
        Workspace workspace = Workspace.create(file, ZONE);
        ATTRIBUTES.forEach(workspace.attributes()::add);
        workspace.eventProperties().add(AMOUNT);
        Random random = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < profiles; i++) {
            rows.add(profileValues(i, random));
        }
        long importId = workspace.imports().start("crm.csv", ANCHOR.minus(Duration.ofDays(30)));
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows writer = ProfileRows.prepare(handle, ATTRIBUTES, false)) {
                for (int i = 0; i < rows.size(); i++) {
                    writer.add("c" + (1000 + i), rows.get(i));
                }
            }
            ImportLog.finish(handle, importId, ANCHOR.minus(Duration.ofDays(30)).plusSeconds(4), profiles + 2L,
                    profiles, 2, ImportLog.Status.COMPLETED);
            writeEvents(handle, random);
        });
        for (String name : SEGMENT_NAMES) {
            workspace.segments().create(new NewSegment(name, description(name), folder(name), tags(name), "{}"), "ana");
        }
        workspace.jdbi().useHandle(handle -> handle.execute(
                "UPDATE segment_version SET status = ? WHERE segment_id = 1", SegmentStatus.PUBLISHED.name()));
        workspace.jdbi().useHandle(handle -> handle.execute(
                "UPDATE segment_version SET status = ? WHERE segment_id = 2", SegmentStatus.IN_REVIEW.name()));
        if (evaluate) {
            evaluateSegments(workspace, rows);
        }
        workspace.syncStates().recordRun(Direction.SOURCE, "crm.csv", "row:" + profiles,
                ANCHOR.minus(Duration.ofDays(30)), "OK", profiles + " profiles imported");
        workspace.syncStates().recordRun(Direction.DESTINATION, "Newsletter webhook", "v1",
                ANCHOR.minus(Duration.ofDays(2)), "FAILED", "HTTP 503 from the endpoint; will retry");
        workspace.audit().record("ana", "segment.approved", "segment", SEGMENT_NAMES.get(0), "version 1");
        return workspace;
    }

    private static Object[] profileValues(int i, Random random) {
        String city = CITIES.get(i % CITIES.size());
        boolean vip = i % 4 == 0;
        BigDecimal value = i % 7 == 6 ? null : BigDecimal.valueOf(20 + random.nextInt(1800), 0).add(new BigDecimal("0.99"));
        List<String> interests = List.of(INTERESTS.get(i % INTERESTS.size()), INTERESTS.get((i + 2) % INTERESTS.size()));
        return new Object[] {"customer" + i + "@example.org", city, i % 9 == 8 ? null : (long) (18 + random.nextInt(60)),
                value, vip, LocalDate.of(2023, 1, 1).plusDays(random.nextInt(800)), interests};
    }

    private void writeEvents(org.jdbi.v3.core.Handle handle, Random random) {
        Map<String, Long> ids = ProfileStore.idsByKey(handle);
        try (EventRows events = EventRows.prepare(handle, List.of(AMOUNT))) {
            for (int i = 0; i < profiles; i++) {
                long id = ids.get("c" + (1000 + i));
                for (int n = 0; n < 3 + random.nextInt(8); n++) {
                    events.add(id, "page_view", randomInstant(random), "web", null, (Object) null);
                }
                if (i % 3 != 2) {
                    for (int n = 0; n < 1 + random.nextInt(3); n++) {
                        BigDecimal amount = BigDecimal.valueOf(1500 + random.nextInt(20000), 2);
                        events.add(id, "purchase", randomInstant(random), "shop", "{\"amount\": " + amount + "}", amount);
                    }
                }
                for (int n = 0; n < 4; n++) {
                    Instant sent = randomInstant(random);
                    events.add(id, "email_sent", sent, "esp", null, (Object) null);
                    if ((i + n) % 2 == 0) {
                        events.add(id, "email_opened", sent.plusSeconds(3600), "esp", null, (Object) null);
                        if ((i + n) % 6 == 0) {
                            events.add(id, "email_clicked", sent.plusSeconds(3700), "esp", null, (Object) null);
                        }
                    }
                }
            }
        }
    }

    private static Instant randomInstant(Random random) {
        return ANCHOR.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
    }

    /** Stores memberships of the first three segments, as an evaluation would. */
    private static void evaluateSegments(Workspace workspace, List<Object[]> rows) {
        List<Predicate<Object[]>> rules = List.of(
                row -> row[3] != null && ((BigDecimal) row[3]).compareTo(BigDecimal.valueOf(900)) > 0,
                row -> "Berlin".equals(row[1]),
                row -> Boolean.TRUE.equals(row[4]) || "Berlin".equals(row[1]));
        workspace.jdbi().useTransaction(handle -> {
            for (int s = 0; s < rules.size(); s++) {
                long members = 0;
                for (int i = 0; i < rows.size(); i++) {
                    if (rules.get(s).test(rows.get(i))) {
                        handle.execute("INSERT INTO membership (segment_id, profile_id, entered_at) VALUES (?, ?, ?)",
                                s + 1, i + 1, ANCHOR.atOffset(ZoneOffset.UTC));
                        members++;
                    }
                }
                handle.execute("INSERT INTO segment_evaluation (segment_id, version, evaluated_at, as_of, members)"
                        + " VALUES (?, 1, ?, ?, ?)", s + 1, ANCHOR.atOffset(ZoneOffset.UTC),
                        ANCHOR.atOffset(ZoneOffset.UTC), members);
            }
        });
    }

    private static String description(String name) {
        return switch (name) {
            case "High value customers" -> "Customers whose lifetime value exceeds 900.";
            case "Berlin shoppers" -> "Everyone with a Berlin billing address.";
            case "Newsletter engaged" -> "Loyalty members and Berlin customers who open our e-mails.";
            default -> "Bought before but not in the last 180 days.";
        };
    }

    private static String folder(String name) {
        return name.startsWith("Newsletter") ? "Email" : name.startsWith("Berlin") ? "Geo" : "Lifecycle";
    }

    private static List<String> tags(String name) {
        return name.startsWith("High") ? List.of("vip", "revenue")
                : name.startsWith("Lapsed") ? List.of("winback") : List.of("crm");
    }
}
