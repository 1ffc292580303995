package io.segmentstudio.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetailDemoDeterminismTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalDate ANCHOR = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;

    @Test
    void theSameSpecGivesIdenticalData() {
        SampleSpec spec = new SampleSpec(7, 300, ANCHOR);
        assertThat(digestOf("first", spec)).isEqualTo(digestOf("second", spec));
    }

    @Test
    void anotherSeedOrAnchorGivesOtherData() {
        String base = digestOf("base", new SampleSpec(7, 300, ANCHOR));
        assertThat(digestOf("seed", new SampleSpec(8, 300, ANCHOR))).isNotEqualTo(base);
        assertThat(digestOf("anchor", new SampleSpec(7, 300, ANCHOR.plusDays(1)))).isNotEqualTo(base);
    }

    private String digestOf(String name, SampleSpec spec) {
        try (Workspace workspace = Workspace.create(dir.resolve(name), ZONE)) {
            SampleResult result = new RetailDemoGenerator(spec).generate(workspace, ProgressListener.NONE);
            assertThat(result.profiles()).isEqualTo(spec.profiles());
            return SampleTables.digest(workspace);
        }
    }
}
