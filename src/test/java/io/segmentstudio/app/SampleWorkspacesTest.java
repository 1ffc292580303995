package io.segmentstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkspacesTest {
    @TempDir
    Path dir;

    private SampleWorkspaces samples() {
        return new SampleWorkspaces(dir, Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"),
                ZoneId.of("Europe/Berlin")));
    }

    @Test
    void buildsTheTelcoSampleFromTheBundledCsvOnFirstUseOnly() {
        assertThat(samples().isBuilt(SampleWorkspaces.TELCO_CHURN)).isFalse();
        Path file = samples().ensureBuilt(SampleWorkspaces.TELCO_CHURN, ProgressListener.NONE);
        assertThat(file.getFileName().toString()).isEqualTo("telco-churn.mv.db");
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.profiles().count()).isEqualTo(7043);
            assertThat(workspace.attributes().find("total_charges")).map(Attribute::type).contains(AttributeType.DECIMAL);
            assertThat(workspace.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        }
        assertThat(samples().ensureBuilt(SampleWorkspaces.TELCO_CHURN, ProgressListener.NONE)).isEqualTo(file);
        assertThat(file.resolveSibling("Telco-Customer-Churn.csv")).doesNotExist();
    }

    @Test
    void aCancelledBuildLeavesNoFileBehind() {
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> samples().ensureBuilt(SampleWorkspaces.TELCO_CHURN, cancelled))
                .isInstanceOf(ProgressListener.CancelledException.class);
        assertThat(samples().isBuilt(SampleWorkspaces.TELCO_CHURN)).isFalse();
        assertThat(samples().location(SampleWorkspaces.TELCO_CHURN).resolveSibling(".telco-churn.mv.db.building"))
                .satisfies(p -> assertThat(Files.exists(p)).isFalse());
    }
}
