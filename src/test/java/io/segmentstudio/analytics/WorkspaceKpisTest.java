package io.segmentstudio.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.workspace.EventRows;
import io.segmentstudio.workspace.ProfileRows;
import io.segmentstudio.workspace.ProfileStore;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceKpisTest {
    @TempDir
    Path dir;

    @Test
    void computesRevenueAndEngagementWithMonthsInTheWorkspaceTimeZone() {
        try (Workspace workspace = Workspace.create(dir.resolve("kpi"), ZoneId.of("Europe/Berlin"))) {
            Attribute amount = new Attribute("amount", AttributeType.DECIMAL, "", "event", false);
            workspace.eventProperties().add(amount);
            workspace.jdbi().useTransaction(handle -> {
                try (ProfileRows rows = ProfileRows.prepare(handle, List.of(), false)) {
                    rows.add("a");
                    rows.add("b");
                    rows.add("c");
                }
                var ids = ProfileStore.idsByKey(handle);
                try (EventRows events = EventRows.prepare(handle, List.of(amount))) {
                    // 23:30 UTC on 31 January is already February in Berlin.
                    events.add(ids.get("a"), "purchase", Instant.parse("2026-01-31T23:30:00Z"), "t", null,
                            new BigDecimal("100.10"));
                    events.add(ids.get("a"), "purchase", Instant.parse("2026-01-10T12:00:00Z"), "t", null,
                            new BigDecimal("0.20"));
                    events.add(ids.get("b"), "purchase", Instant.parse("2026-02-10T12:00:00Z"), "t", null,
                            new BigDecimal("50.00"));
                    for (int i = 0; i < 4; i++) {
                        events.add(ids.get("c"), "email_sent", Instant.parse("2026-01-05T12:00:00Z"), "t", null,
                                (Object) null);
                    }
                    events.add(ids.get("c"), "email_opened", Instant.parse("2026-01-05T13:00:00Z"), "t", null,
                            (Object) null);
                }
            });

            KpiSnapshot kpis = new WorkspaceKpis(workspace).snapshot();

            assertThat(kpis.profiles()).isEqualTo(3);
            assertThat(kpis.buyers()).isEqualTo(2);
            assertThat(kpis.orders()).isEqualTo(3);
            assertThat(kpis.revenue()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("150.30"));
            assertThat(kpis.averageOrderValue()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50.10"));
            assertThat(kpis.emailOpenRate()).contains(0.25);
            assertThat(kpis.emailClickRate()).contains(0.0);
            assertThat(kpis.revenueByMonth()).containsExactly(
                    new KpiSnapshot.MonthlyRevenue(YearMonth.of(2026, 1), new BigDecimal("0.20"), 1),
                    new KpiSnapshot.MonthlyRevenue(YearMonth.of(2026, 2), new BigDecimal("150.10"), 2));
        }
    }

    @Test
    void figuresWithoutTheirDataAreEmptyNotZero() {
        try (Workspace workspace = Workspace.create(dir.resolve("empty"), ZoneId.of("UTC"))) {
            KpiSnapshot kpis = new WorkspaceKpis(workspace).snapshot();
            assertThat(kpis.revenue()).isEmpty();
            assertThat(kpis.emailOpenRate()).isEmpty();
            assertThat(kpis.revenueByMonth()).isEmpty();
            assertThat(kpis.buyerShare()).isZero();
        }
    }
}
