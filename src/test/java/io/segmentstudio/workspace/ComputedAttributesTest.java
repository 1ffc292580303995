package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ComputedAttribute.Kind;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Computed attributes on the retail demo: stored values equal a computation written here from the
 * events, every engine selects the same profiles on them, and live events keep them current.
 */
class ComputedAttributesTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant AS_OF = Instant.parse("2026-11-01T18:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void generate() {
        workspace = Workspace.create(dir.resolve("computed"), ZONE);
        new RetailDemoGenerator(new SampleSpec(3, 700, LocalDate.of(2026, 11, 1))).generate(workspace, ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void valuesAreComputedAgainOnlyWhenTheCalendarDayChanges() {
        workspace.computed().define(new ComputedAttribute("days_since_purchase", Kind.DAYS_SINCE_LAST, "purchase", null,
                null, null), AS_OF, ProgressListener.NONE);
        String key = workspace.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT profile_key FROM profile WHERE a_days_since_purchase IS NOT NULL ORDER BY profile_id")
                .mapTo(String.class).first());
        Object before = workspace.profileReader().find(key).orElseThrow().value("days_since_purchase");

        // 18:00 UTC is 19:00 in Berlin: four more hours are still the same day there, five are not
        assertThat(workspace.computed().refreshIfAnotherDay(AS_OF.plusSeconds(4 * 3_600), ProgressListener.NONE)).isFalse();
        assertThat(workspace.computed().refreshIfAnotherDay(AS_OF.plusSeconds(5 * 3_600), ProgressListener.NONE)).isTrue();
        assertThat(workspace.profileReader().find(key).orElseThrow().value("days_since_purchase"))
                .isEqualTo((Long) before + 1);
        assertThat(workspace.computed().list()).extracting(ComputedAttributes.Defined::computedAsOf)
                .containsOnly(AS_OF.plusSeconds(5 * 3_600));
    }

    @Test
    void storedValuesEqualAComputationFromTheEvents() {
        workspace.computed().define(new ComputedAttribute("days_since_purchase", Kind.DAYS_SINCE_LAST, "purchase", null,
                null, null), AS_OF, ProgressListener.NONE);
        workspace.computed().define(new ComputedAttribute("purchases_90", Kind.COUNT, "purchase", null,
                new TimeWindow.Last(90, TimeUnit.DAYS), null), AS_OF, ProgressListener.NONE);
        workspace.computed().define(new ComputedAttribute("aov", Kind.AVG, "purchase", "amount", null, null), AS_OF,
                ProgressListener.NONE);
        workspace.computed().define(new ComputedAttribute("last_category", Kind.LAST_VALUE, "purchase",
                "product_category", null, null), AS_OF, ProgressListener.NONE);
        workspace.computed().define(new ComputedAttribute("open_rate", Kind.RATE, "email_opened", null, null,
                "email_sent"), AS_OF, ProgressListener.NONE);

        assertThat(workspace.computed().list()).extracting(ComputedAttributes.Defined::computedAsOf).containsOnly(AS_OF);
        assertThat(workspace.attributes().list()).filteredOn(a -> a.source().equals(ComputedAttributes.SOURCE))
                .extracting(Attribute::name).containsExactlyInAnyOrder("days_since_purchase", "purchases_90", "aov", "open_rate",
                        "last_category");
        assertThat(workspace.ruleSchema().attributeType("last_category")).contains(io.segmentstudio.domain.AttributeType.STRING);
        LocalDate today = AS_OF.atZone(ZONE).toLocalDate();
        Instant ninetyDaysBack = today.minusDays(90).atStartOfDay(ZONE).toInstant();
        int withPurchases = 0;
        List<Profile> profiles = new ArrayList<>();
        workspace.profileReader().forEach(profiles::add);
        for (Profile profile : profiles) {
            List<Event> seen = profile.events().stream().filter(e -> !e.occurredAt().isAfter(AS_OF)).toList();
            List<Event> purchases = seen.stream().filter(e -> e.type().equals("purchase")).toList();
            Long days = purchases.stream().map(e -> e.occurredAt().atZone(ZONE).toLocalDate()).max(LocalDate::compareTo)
                    .map(last -> ChronoUnit.DAYS.between(last, today)).orElse(null);
            long recent = purchases.stream().filter(e -> !e.occurredAt().isBefore(ninetyDaysBack)).count();
            List<BigDecimal> amounts = purchases.stream().map(e -> (BigDecimal) e.properties().get("amount"))
                    .filter(java.util.Objects::nonNull).toList();
            BigDecimal aov = amounts.isEmpty() ? null : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(amounts.size()), MathContext.DECIMAL64);
            long sends = seen.stream().filter(e -> e.type().equals("email_sent")).count();
            long opens = seen.stream().filter(e -> e.type().equals("email_opened")).count();
            assertThat(profile.value("days_since_purchase")).as(profile.key()).isEqualTo(days);
            assertThat(profile.value("purchases_90")).as(profile.key()).isEqualTo(recent);
            String lastCategory = purchases.stream().filter(e -> e.properties().get("product_category") != null)
                    .max(java.util.Comparator.comparing(Event::occurredAt)
                            .thenComparing(e -> (String) e.properties().get("product_category")))
                    .map(e -> (String) e.properties().get("product_category")).orElse(null);
            assertThat(profile.value("last_category")).as(profile.key()).isEqualTo(lastCategory);
            assertDecimal(profile, "aov", aov);
            assertDecimal(profile, "open_rate", sends == 0 ? null
                    : BigDecimal.valueOf(opens).divide(BigDecimal.valueOf(sends), MathContext.DECIMAL64));
            withPurchases += purchases.isEmpty() ? 0 : 1;
        }
        assertThat(withPurchases).isBetween(100, 699);

        SegmentRunner runner = new SegmentRunner(workspace);
        var rule = new NativeRuleJson().readRule("""
                {"type":"group","combinator":"and","children":[
                  {"type":"predicate","attribute":"days_since_purchase","operator":"less_or_equal","value":365},
                  {"type":"predicate","attribute":"open_rate","operator":"greater_than","value":0.1}]}""",
                workspace.ruleSchema());
        var inH2 = runner.evaluateInDatabase(rule, AS_OF);
        assertThat(inH2.count()).isBetween(1L, 699L);
        assertThat(runner.evaluateInMemory(rule, AS_OF).keys()).isEqualTo(inH2.keys());
        assertThat(runner.evaluateColumnar(rule, AS_OF, new ProfileImageLoader(workspace).load(ProgressListener.NONE))
                .keys()).isEqualTo(inH2.keys());
    }

    private static void assertDecimal(Profile profile, String name, BigDecimal expected) {
        Object actual = profile.value(name);
        if (expected == null) {
            assertThat(actual).as(profile.key() + " " + name).isNull();
        } else {
            assertThat((BigDecimal) actual).as(profile.key() + " " + name).isEqualByComparingTo(expected);
        }
    }

    @Test
    void aDefinitionThatCannotBeComputedLeavesNoAttributeBehind() {
        assertThatThrownBy(() -> workspace.computed().define(new ComputedAttribute("x", Kind.SUM, "purchase", "nothing",
                null, null), AS_OF, ProgressListener.NONE)).hasMessageContaining("no event property 'nothing'");
        assertThatThrownBy(() -> workspace.computed().define(new ComputedAttribute("x", Kind.SUM, "purchase", "currency",
                null, null), AS_OF, ProgressListener.NONE)).hasMessageContaining("numeric");
        assertThat(workspace.attributes().list()).noneMatch(a -> a.name().equals("x"));
        assertThat(workspace.computed().list()).isEmpty();
    }

    @Test
    void liveEventsKeepComputedValuesAndTheSegmentsOnThemCurrent() {
        workspace.computed().define(new ComputedAttribute("days_since_purchase", Kind.DAYS_SINCE_LAST, "purchase", null,
                null, null), AS_OF, ProgressListener.NONE);
        workspace.segments().create(new io.segmentstudio.workspace.SegmentCatalog.NewSegment("Bought today", "", "", List.of(),
                """
                {"rule":{"type":"group","combinator":"and","children":[
                  {"type":"predicate","attribute":"days_since_purchase","operator":"equals","value":0}]}}"""), "test");
        Map<String, Object> before = new HashMap<>();
        workspace.profileReader().find("C000010").ifPresent(p -> before.put("days", p.value("days_since_purchase")));
        assertThat(before.get("days")).isNotEqualTo(0L);

        LiveWorkspace live = new LiveWorkspace(workspace, AS_OF, ProgressListener.NONE);
        var result = live.ingest(List.of(new LiveWorkspace.IncomingEvent("C000010", "purchase",
                AS_OF.minusSeconds(3_600), Map.of("amount", new BigDecimal("42.00")))));

        assertThat(result.changes()).extracting(LiveWorkspace.MembershipChange::segment, LiveWorkspace.MembershipChange::profileKey,
                LiveWorkspace.MembershipChange::entered).contains(org.assertj.core.groups.Tuple.tuple("Bought today", "C000010", true));
        assertThat(workspace.profileReader().find("C000010").orElseThrow().value("days_since_purchase")).isEqualTo(0L);

        workspace.computed().define(new ComputedAttribute("page_views", Kind.COUNT, "page_view", null, null, null), AS_OF,
                ProgressListener.NONE);
        LiveWorkspace again = new LiveWorkspace(workspace, AS_OF, ProgressListener.NONE);
        again.ingest(List.of(new LiveWorkspace.IncomingEvent("NEW-1", "purchase", AS_OF.minusSeconds(60), Map.of())));
        Profile created = workspace.profileReader().find("NEW-1").orElseThrow();
        assertThat(created.value("page_views")).as("a new profile counts 0, as a refresh would").isEqualTo(0L);
        assertThat(created.value("days_since_purchase")).isEqualTo(0L);
        SegmentRunner runner = new SegmentRunner(workspace);
        assertThat(runner.evaluateInDatabase(runner.segmentRule("Bought today"), AS_OF).keys()).contains("C000010");
    }
}
