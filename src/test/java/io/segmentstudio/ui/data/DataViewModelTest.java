package io.segmentstudio.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeStats;
import io.segmentstudio.domain.EventTypeCount;
import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {
    @TempDir
    Path dir;
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final RecordingErrors errors = new RecordingErrors();

    @Test
    void showsTheCatalogWithFillRatesEventTypesAndImports() {
        try (Workspace shop = WorkspaceFixture.shop().create(dir.resolve("shop"))) {
            DataViewModel data = new DataViewModel(workspace, new SynchronousTaskRunner(), errors, TestFormats.us());
            workspace.set(shop);

            assertThat(data.profilesProperty().get()).isEqualTo("40");
            assertThat(data.attributeCountProperty().get()).isEqualTo("7");
            assertThat(data.attributes()).extracting(stats -> stats.attribute().name())
                    .containsExactlyElementsOf(WorkspaceFixture.ATTRIBUTES.stream().map(Attribute::name).toList());
            AttributeStats email = data.attributes().get(0);
            assertThat(email.attribute().pii()).isTrue();
            assertThat(data.fillRate(email)).isEqualTo("100%");
            assertThat(data.fillRate(data.attributes().get(3))).as("lifetime_value is missing for every 7th")
                    .isEqualTo("87.5%");
            assertThat(data.eventTypes()).extracting(EventTypeCount::eventType)
                    .contains("page_view", "purchase", "email_sent", "email_opened", "email_clicked");
            long total = data.eventTypes().stream().mapToLong(EventTypeCount::count).sum();
            assertThat(data.eventsProperty().get()).isEqualTo(data.count(total));
            assertThat(data.imports()).singleElement().satisfies(run -> {
                assertThat(run.status()).isEqualTo(ImportLog.Status.COMPLETED);
                assertThat(data.importOutcome(run)).isEqualTo("42 read · 40 imported · 2 rejected");
            });
            assertThat(data.noImportsProperty().get()).isFalse();
            assertThat(data.loadingProperty().get()).isFalse();
            assertThat(errors.reports()).isEmpty();

            workspace.set(null);
            assertThat(data.attributes()).isEmpty();
            assertThat(data.profilesProperty().get()).isEmpty();
        }
    }
}
