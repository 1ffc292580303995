package io.segmentstudio.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.SyncStates.SyncState;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishViewModelTest {
    @TempDir
    Path dir;

    @Test
    void showsSyncRunsAndTheAuditTrailNewestFirst() {
        SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
        PublishViewModel publish = new PublishViewModel(workspace, new SynchronousTaskRunner(), new RecordingErrors(),
                TestFormats.us());
        try (Workspace shop = WorkspaceFixture.shop().create(dir.resolve("shop"))) {
            workspace.set(shop);

            assertThat(publish.syncs()).extracting(SyncState::name).containsExactlyInAnyOrder("crm.csv", "Newsletter webhook");
            SyncState webhook = publish.syncs().stream().filter(s -> s.name().equals("Newsletter webhook")).findFirst()
                    .orElseThrow();
            assertThat(publish.direction(webhook)).isEqualTo("Destination");
            assertThat(publish.lastRun(webhook)).isEqualTo("9 days ago");
            assertThat(PublishViewModel.statusStyleClass(webhook.lastStatus())).isEqualTo("chip-bad");
            assertThat(publish.audit()).extracting(AuditLog.Entry::action).first().isEqualTo("segment.approved");
            assertThat(publish.audit()).extracting(AuditLog.Entry::action).contains("segment.created");
        }
    }
}
