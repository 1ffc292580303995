package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image loaded from H2 answers the demo segments exactly as H2's SQL does. */
class ProfileImageLoaderTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);
    private static final Instant AS_OF = Instant.parse("2026-11-01T18:00:00Z");

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static ProfileImage image;

    @BeforeAll
    static void load() {
        workspace = Workspace.create(dir.resolve("retail"), ZONE);
        new RetailDemoGenerator(new SampleSpec(7, 1_500, ANCHOR)).generate(workspace, ProgressListener.NONE);
        image = new ProfileImageLoader(workspace).load(ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void holdsEveryProfileAndEveryEvent() {
        assertThat(image.size()).isEqualTo(workspace.profiles().count());
        assertThat((long) image.eventCount()).isEqualTo(workspace.events().count());
        assertThat(image.schema()).isEqualTo(workspace.ruleSchema());
    }

    @Test
    void everyDemoSegmentHasTheSameMembersAsInTheDatabase() {
        SegmentRunner runner = new SegmentRunner(workspace);
        assertThat(workspace.segments().list()).hasSize(7);
        for (SegmentSummary segment : workspace.segments().list()) {
            var rule = runner.segmentRule(segment.name());
            var expected = runner.evaluateInDatabase(rule, AS_OF);
            assertThat(runner.evaluateColumnar(rule, AS_OF, image).keys()).as(segment.name())
                    .isEqualTo(expected.keys());
            assertThat(expected.count()).as(segment.name() + " selects someone").isPositive();
        }
    }

    @Test
    void aCancelledLoadStops() {
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new ProfileImageLoader(workspace).load(cancelled))
                .isInstanceOf(ProgressListener.CancelledException.class);
    }
}
