package io.segmentstudio.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ingest.sample.SampleTables.Event;
import io.segmentstudio.ingest.sample.SampleTables.Profile;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small generation, checked against what later features rely on. */
class RetailDemoInvariantsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate ANCHOR = LocalDate.of(2025, 3, 31);
    private static final SampleSpec SPEC = new SampleSpec(42, 2_000, ANCHOR);

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static SampleResult result;
    private static List<Profile> profiles;
    private static Map<String, List<Event>> eventsByKey;

    @BeforeAll
    static void generate() {
        workspace = Workspace.create(dir.resolve("retail"), ZONE);
        result = new RetailDemoGenerator(SPEC).generate(workspace, ProgressListener.NONE);
        profiles = SampleTables.profiles(workspace);
        eventsByKey = SampleTables.events(workspace).stream()
                .collect(Collectors.groupingBy(Event::key, Collectors.toList()));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void writesTheRequestedProfilesAndAboutTenEventsEach() {
        assertThat(result.profiles()).isEqualTo(SPEC.profiles());
        assertThat(workspace.profiles().count()).isEqualTo(SPEC.profiles());
        assertThat(result.events()).isEqualTo(workspace.events().count()).isGreaterThan(8L * SPEC.profiles());
        assertThat(profiles).extracting(Profile::key).startsWith("C000001", "C000002").endsWith("C002000");
        assertThat(workspace.events().countsByType()).extracting(c -> c.eventType()).containsExactlyInAnyOrder(
                "page_view", "cart_add", "purchase", "email_sent", "email_opened", "email_clicked");
    }

    @Test
    void everyEventLiesBetweenSignupAndTheEndOfTheAnchorDay() {
        Instant end = ANCHOR.plusDays(1).atStartOfDay(ZONE).toInstant();
        for (Profile profile : profiles) {
            assertThat(eventsByKey.get(profile.key())).as(profile.key()).isNotEmpty().allSatisfy(event -> {
                assertThat(event.at()).isBefore(end);
                assertThat(LocalDate.ofInstant(event.at(), ZONE)).isAfterOrEqualTo(profile.signupDate());
            });
        }
        assertThat(profiles).extracting(Profile::signupDate)
                .allSatisfy(day -> assertThat(day).isBetween(ANCHOR.minusYears(3), ANCHOR));
    }

    @Test
    void purchaseAttributesAreTheAggregatesOfThePurchaseEvents() {
        for (Profile profile : profiles) {
            List<Event> purchases = of(profile, "purchase");
            BigDecimal revenue = purchases.stream().map(Event::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(profile.orders()).as(profile.key()).isEqualTo(purchases.size());
            assertThat(profile.totalRevenue()).as(profile.key()).isEqualByComparingTo(revenue);
            if (purchases.isEmpty()) {
                assertThat(profile.averageOrderValue()).isNull();
                assertThat(profile.lastPurchaseDate()).isNull();
            } else {
                assertThat(profile.averageOrderValue()).as(profile.key()).isEqualByComparingTo(
                        revenue.divide(BigDecimal.valueOf(purchases.size()), 2, RoundingMode.HALF_UP));
                Instant last = purchases.stream().map(Event::at).max(Comparator.naturalOrder()).orElseThrow();
                assertThat(profile.lastPurchaseDate()).as(profile.key()).isEqualTo(LocalDate.ofInstant(last, ZONE));
            }
        }
    }

    @Test
    void emailRatesAreOpensAndClicksPerEmailSent() {
        for (Profile profile : profiles) {
            int sent = of(profile, "email_sent").size();
            int opened = of(profile, "email_opened").size();
            int clicked = of(profile, "email_clicked").size();
            assertThat(clicked).as(profile.key()).isLessThanOrEqualTo(opened);
            assertThat(opened).as(profile.key()).isLessThanOrEqualTo(sent);
            if (!profile.emailConsent()) {
                assertThat(sent).as("no email without consent: " + profile.key()).isZero();
            }
            if (sent == 0) {
                assertThat(profile.emailOpenRate()).isNull();
                assertThat(profile.emailClickRate()).isNull();
            } else {
                assertThat(profile.emailOpenRate()).as(profile.key()).isEqualByComparingTo(rate(opened, sent));
                assertThat(profile.emailClickRate()).as(profile.key()).isEqualByComparingTo(rate(clicked, sent));
            }
        }
        assertThat(profiles).filteredOn(p -> p.emailOpenRate() != null).isNotEmpty();
    }

    @Test
    void loyaltyTiersFollowTotalRevenue() {
        for (Profile profile : profiles) {
            BigDecimal revenue = profile.totalRevenue();
            String expected = revenue.compareTo(BigDecimal.valueOf(1500)) >= 0 ? "platinum"
                    : revenue.compareTo(BigDecimal.valueOf(500)) >= 0 ? "gold"
                    : revenue.compareTo(BigDecimal.valueOf(150)) >= 0 ? "silver" : "bronze";
            assertThat(profile.loyaltyTier()).as(profile.key()).isEqualTo(expected);
        }
        assertThat(profiles).extracting(Profile::loyaltyTier).contains("bronze", "silver", "gold");
    }

    @Test
    void emailAddressesAreUniqueAndNeverDeliverable() {
        assertThat(profiles).extracting(Profile::email).doesNotHaveDuplicates()
                .allSatisfy(email -> assertThat(email).matches("[a-z0-9._]+@[a-z0-9-]+\\.example"));
    }

    @Test
    void aFewCustomersHoldMostOfTheRevenue() {
        List<BigDecimal> revenues = profiles.stream().map(Profile::totalRevenue)
                .sorted(Comparator.reverseOrder()).toList();
        BigDecimal total = revenues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = revenues.subList(0, revenues.size() / 10).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(top.doubleValue() / total.doubleValue()).isGreaterThan(0.4);
    }

    @Test
    void decemberSellsMoreThanAnAverageMonth() {
        Map<YearMonth, Long> purchasesByMonth = eventsByKey.values().stream().flatMap(List::stream)
                .filter(e -> e.type().equals("purchase"))
                .collect(Collectors.groupingBy(e -> YearMonth.from(e.at().atZone(ZONE)), Collectors.counting()));
        double average = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToLong(month -> purchasesByMonth.getOrDefault(YearMonth.of(2024, month), 0L)).average().orElseThrow();
        assertThat(purchasesByMonth.get(YearMonth.of(2024, 12))).isGreaterThan((long) (1.3 * average));
    }

    @Test
    void signupsGrowAndSomeCustomersChurnWhileOthersAreRecentlyActive() {
        long firstYear = profiles.stream().filter(p -> p.signupDate().isBefore(ANCHOR.minusYears(2))).count();
        long lastYear = profiles.stream().filter(p -> p.signupDate().isAfter(ANCHOR.minusYears(1))).count();
        assertThat(lastYear).isGreaterThan(firstYear);

        LocalDate sixMonthsAgo = ANCHOR.minusMonths(6);
        List<Profile> longStanding = profiles.stream().filter(p -> p.signupDate().isBefore(sixMonthsAgo)).toList();
        long quiet = longStanding.stream().filter(p -> lastActivity(p).isBefore(sixMonthsAgo)).count();
        assertThat((double) quiet / longStanding.size()).as("quiet for six months").isBetween(0.15, 0.9);

        long recent = profiles.stream().filter(p -> lastActivity(p).isAfter(ANCHOR.minusDays(30))).count();
        assertThat((double) recent / profiles.size()).as("active in the last 30 days").isGreaterThan(0.1);
    }

    @Test
    void demographicsArePlausible() {
        Map<String, Long> byCountry = profiles.stream().collect(Collectors.groupingBy(Profile::country, Collectors.counting()));
        assertThat(byCountry.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo("US");
        assertThat(byCountry).hasSizeGreaterThanOrEqualTo(10).containsKeys("DE", "AT", "GB");
        long missingAge = profiles.stream().filter(p -> p.age() == null).count();
        assertThat((double) missingAge / profiles.size()).isBetween(0.05, 0.2);
        assertThat(profiles).extracting(Profile::age).filteredOn(Objects::nonNull)
                .allSatisfy(age -> assertThat(age).isBetween(18L, 90L));
    }

    @Test
    void registersTheCatalogWithDescriptionsSourceAndPiiFlags() {
        Map<String, Attribute> attributes = workspace.attributes().list().stream()
                .collect(Collectors.toMap(Attribute::name, Function.identity()));
        assertThat(attributes).containsKeys("first_name", "last_name", "email", "country", "city", "age",
                "signup_date", "orders", "average_order_value", "total_revenue", "last_purchase_date",
                "email_open_rate", "email_click_rate", "email_consent", "sms_consent", "loyalty_tier", "interests");
        assertThat(attributes.values()).allSatisfy(a -> {
            assertThat(a.source()).isEqualTo("sample:retail-demo");
            assertThat(a.description()).isNotBlank();
            assertThat(a.pii()).as(a.name()).isEqualTo(List.of("first_name", "last_name", "email").contains(a.name()));
        });
        assertThat(attributes.get("total_revenue").type()).isEqualTo(AttributeType.DECIMAL);
        assertThat(attributes.get("interests").type()).isEqualTo(AttributeType.STRING_LIST);
        assertThat(workspace.eventProperties().list()).extracting(Attribute::name)
                .containsExactly("amount", "currency", "product_category", "items", "campaign_id");
    }

    @Test
    void storesTheDemoSegmentsAsDraftsWithTheirFileText() {
        List<NewSegment> files = SegmentDefinitions.load();
        List<SegmentSummary> stored = workspace.segments().list();
        assertThat(result.segments()).isEqualTo(files.size());
        assertThat(stored).extracting(SegmentSummary::name)
                .containsExactlyInAnyOrderElementsOf(files.stream().map(NewSegment::name).toList());
        for (SegmentSummary summary : stored) {
            NewSegment file = files.stream().filter(f -> f.name().equals(summary.name())).findFirst().orElseThrow();
            assertThat(summary.owner()).isEqualTo("sample");
            assertThat(summary.folder()).isEqualTo(file.folder());
            assertThat(workspace.segments().definition(summary.id(), 1)).contains(file.definitionJson());
        }
    }

    @Test
    void recordsTheGenerationInTheAuditLog() {
        List<AuditLog.Entry> entries = workspace.audit().recent(50);
        assertThat(entries).filteredOn(e -> e.action().equals("sample.generated")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("sample");
            assertThat(e.details()).contains("\"seed\":42", "\"profiles\":2000", "\"anchorDate\":\"2025-03-31\"");
        });
    }

    private static List<Event> of(Profile profile, String type) {
        return eventsByKey.get(profile.key()).stream().filter(e -> e.type().equals(type)).toList();
    }

    /** Day of the latest thing the customer did themselves: receiving an email does not count. */
    private static LocalDate lastActivity(Profile profile) {
        return eventsByKey.get(profile.key()).stream().filter(e -> !e.type().equals("email_sent"))
                .map(e -> LocalDate.ofInstant(e.at(), ZONE)).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static BigDecimal rate(int count, int sent) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(sent), 4, RoundingMode.HALF_UP);
    }
}
