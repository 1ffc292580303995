package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeStats;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoresTest {
    @TempDir
    Path dir;
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("stores"), ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void catalogAddsTypedColumnsThatHoldEveryType() {
        List<Attribute> attributes = List.of(
                new Attribute("name", AttributeType.STRING, "Full name", "test", true),
                new Attribute("orders", AttributeType.INTEGER, "", "test", false),
                new Attribute("revenue", AttributeType.DECIMAL, "", "test", false),
                new Attribute("vip", AttributeType.BOOLEAN, "", "test", false),
                new Attribute("signup_date", AttributeType.DATE, "", "test", false),
                new Attribute("last_seen", AttributeType.TIMESTAMP, "", "test", false),
                new Attribute("tags", AttributeType.STRING_LIST, "", "test", false));
        attributes.forEach(workspace.attributes()::add);
        assertThat(workspace.attributes().list()).containsExactlyElementsOf(attributes);

        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, attributes, true)) {
                rows.add("c1", "Zoë", 3L, new BigDecimal("1234567890.123456789"), true, LocalDate.of(2024, 2, 29),
                        Instant.parse("2026-03-29T01:30:00Z"), List.of("shoes", "sale"));
                rows.add("c2", null, null, null, null, null, null, null);
            }
        });
        assertThat(workspace.profiles().count()).isEqualTo(2);
        BigDecimal stored = workspace.jdbi().withHandle(h -> h.createQuery("SELECT \"a_revenue\" FROM profile"
                + " WHERE profile_key = 'c1'").mapTo(BigDecimal.class).one());
        assertThat(stored).isEqualByComparingTo("1234567890.123456789");

        List<AttributeStats> stats = workspace.profiles().stats();
        assertThat(stats).extracting(s -> s.attribute().name(), AttributeStats::filled, AttributeStats::fillRate)
                .contains(org.assertj.core.groups.Tuple.tuple("name", 1L, 0.5));
    }

    @Test
    void upsertUpdatesProfilesByKeyWithoutDuplicates() {
        Attribute city = new Attribute("city", AttributeType.STRING, "", "test", false);
        workspace.attributes().add(city);
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, List.of(city), true)) {
                rows.add("c1", "Lyon");
                rows.add("c2", "Porto");
            }
        });
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, List.of(city), true)) {
                rows.add("c1", "Paris");
            }
        });
        assertThat(workspace.profiles().count()).isEqualTo(2);
        Map<String, Long> ids = workspace.jdbi().withHandle(ProfileStore::idsByKey);
        assertThat(ids).containsOnlyKeys("c1", "c2");
        String c1 = workspace.jdbi().withHandle(h -> h.createQuery("SELECT \"a_city\" FROM profile WHERE profile_key = 'c1'")
                .mapTo(String.class).one());
        assertThat(c1).isEqualTo("Paris");
    }

    @Test
    void duplicateAttributeNamesAreRefusedAndRemovalDropsTheColumn() {
        Attribute age = new Attribute("age", AttributeType.INTEGER, "", "test", false);
        workspace.attributes().add(age);
        assertThatThrownBy(() -> workspace.attributes().add(age)).hasMessageContaining("'age' already exists");
        workspace.attributes().remove("age");
        assertThat(workspace.attributes().list()).isEmpty();
        workspace.attributes().add(age);
        assertThat(workspace.attributes().find("age")).contains(age);
    }

    @Test
    void eventsAreCountedByTypeWithTheirPeriod() {
        Attribute amount = new Attribute("amount", AttributeType.DECIMAL, "Order value", "event", false);
        workspace.eventProperties().add(amount);
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, List.of(), false)) {
                rows.add("c1");
            }
            long id = ProfileStore.idsByKey(handle).get("c1");
            try (EventRows events = EventRows.prepare(handle, List.of(amount))) {
                events.add(id, "purchase", Instant.parse("2026-01-01T10:00:00Z"), "test", "{\"amount\": 10.5}",
                        new BigDecimal("10.5"));
                events.add(id, "purchase", Instant.parse("2026-02-01T10:00:00Z"), "test", null, new BigDecimal("4"));
                events.add(id, "page_view", Instant.parse("2026-01-15T10:00:00Z"), "test", null, (Object) null);
            }
        });
        assertThat(workspace.events().count()).isEqualTo(3);
        assertThat(workspace.events().countsByType()).first().satisfies(purchases -> {
            assertThat(purchases.eventType()).isEqualTo("purchase");
            assertThat(purchases.count()).isEqualTo(2);
            assertThat(purchases.first()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
            assertThat(purchases.last()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        });
        assertThat(workspace.eventProperties().list()).extracting(Attribute::name).containsExactly("amount");
    }

    @Test
    void segmentsAreCreatedAsDraftVersionOneAndAudited() {
        long id = workspace.segments().create(new SegmentCatalog.NewSegment("VIP", "Best customers", "Value",
                List.of("value", "retention"), "{\"rule\":{}}"), "ana");
        assertThatThrownBy(() -> workspace.segments().create(new SegmentCatalog.NewSegment("VIP", "", "",
                List.of(), "{}"), "ana")).hasMessageContaining("already exists");

        SegmentSummary vip = workspace.segments().list().get(0);
        assertThat(vip.id()).isEqualTo(id);
        assertThat(vip.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(vip.currentVersion()).isEqualTo(1);
        assertThat(vip.tags()).containsExactly("value", "retention");
        assertThat(vip.evaluated()).isFalse();
        assertThat(workspace.segments().definition(id, 1)).contains("{\"rule\":{}}");
        assertThat(workspace.audit().recent(10)).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("segment.created"));
    }

    @Test
    void syncStatesRememberTheLastRun() {
        assertThat(workspace.syncStates().lastSync()).isEmpty();
        workspace.syncStates().recordRun(SyncStates.Direction.SOURCE, "crm.csv", "row:7043",
                Instant.parse("2026-11-01T08:00:00Z"), "OK", "7043 rows");
        workspace.syncStates().recordRun(SyncStates.Direction.DESTINATION, "braze", null,
                Instant.parse("2026-11-02T08:00:00Z"), "FAILED", "401");
        assertThat(workspace.syncStates().lastSync()).contains(Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(workspace.syncStates().list()).hasSize(2);
    }
}
