package io.segmentstudio.workspace;

import static io.segmentstudio.workspace.Rules.aovAbove;
import static io.segmentstudio.workspace.Rules.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.SegmentSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCatalogTest {
    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Rules.shop(dir);
        workspace.versions().create(segment("High value", aovAbove(200)), "ana", "first cut");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void detailsChangeWithoutANewVersionAndAreAudited() {
        workspace.segments().describe("High value", "  Big spenders ", " Value ", List.of(" vip", "", "q4", "vip"), "bo");

        SegmentSummary row = workspace.segments().find("High value").orElseThrow();
        assertThat(row.description()).isEqualTo("Big spenders");
        assertThat(row.folder()).isEqualTo("Value");
        assertThat(row.tags()).containsExactly("vip", "q4");
        assertThat(row.currentVersion()).isEqualTo(1);
        AuditLog.Entry entry = workspace.audit().recent(1).get(0);
        assertThat(entry.actor()).isEqualTo("bo");
        assertThat(entry.action()).isEqualTo("segment.details_changed");
    }

    @Test
    void aTagWithACommaOrAnUnknownSegmentIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> workspace.segments().describe("High value", "", "X", List.of("a,b"), "bo"))
                .hasMessageContaining("'a,b'");
        assertThatThrownBy(() -> workspace.segments().describe("Nope", "", "", List.of(), "bo"))
                .hasMessageContaining("'Nope'");
        assertThat(workspace.segments().find("High value").orElseThrow().folder()).isEmpty();
    }
}
