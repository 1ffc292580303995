package io.segmentstudio.ui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiViewModelTest {
    @TempDir
    Path dir;
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final RecordingErrors errors = new RecordingErrors();
    private final KpiViewModel kpis = new KpiViewModel(workspace, new SynchronousTaskRunner(), errors, TestFormats.us());

    @Test
    void cardsShowTheHeadlineFiguresFormattedForTheLocale() {
        try (Workspace shop = WorkspaceFixture.shop().create(dir.resolve("shop"))) {
            workspace.set(shop);

            Map<String, KpiCard> cards = byTitle();
            assertThat(cards.keySet()).containsExactly("Profiles", "Buyers", "Orders", "Revenue", "Average order value",
                    "Email open rate", "Email click rate");
            assertThat(cards.get("Profiles").value()).isEqualTo("40");
            assertThat(cards.get("Buyers").note()).isEqualTo("67.5% of profiles");
            assertThat(cards.get("Revenue").value()).startsWith("$");
            assertThat(cards.get("Email open rate").value()).isEqualTo("50%");
            assertThat(kpis.revenueByMonth()).isNotEmpty();
            assertThat(kpis.eventsByMonth()).isNotEmpty();
            assertThat(errors.reports()).isEmpty();
        }
    }

    @Test
    void figuresWithoutDataSayWhy() {
        try (Workspace empty = Workspace.create(dir.resolve("empty"), ZoneId.of("UTC"))) {
            workspace.set(empty);

            Map<String, KpiCard> cards = byTitle();
            assertThat(cards.get("Revenue")).isEqualTo(new KpiCard("Revenue", "—", "No purchase events with an amount"));
            assertThat(cards.get("Average order value").value()).isEqualTo("—");
            assertThat(cards.get("Email click rate").note()).isEqualTo("No email_sent events");
            assertThat(cards.get("Orders").note()).isEqualTo("No purchase events");
            assertThat(kpis.revenueByMonth()).isEmpty();
        }
    }

    private Map<String, KpiCard> byTitle() {
        return kpis.cards().stream().collect(Collectors.toMap(KpiCard::title, card -> card, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
