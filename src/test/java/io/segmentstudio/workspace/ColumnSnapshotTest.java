package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
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

/**
 * The column snapshot stands in for H2 only while nothing has changed: whatever writes profiles or
 * events (the workspace's writers, a live view, a writer outside Segment Studio adding rows) makes the
 * next opening read H2 again, and a damaged snapshot is rebuilt, never trusted.
 */
class ColumnSnapshotTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T18:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private ColumnSnapshot snapshot;

    @BeforeEach
    void generate() {
        workspace = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(5, 400, LocalDate.of(2026, 11, 1))).generate(workspace, ProgressListener.NONE);
        snapshot = new ColumnSnapshot(workspace.file());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theFirstOpeningSavesTheColumnsAndTheNextReadsThem() {
        assertThat(snapshot.file()).doesNotExist();
        ProfileImage first = load();
        assertThat(snapshot.file()).exists().hasFileName(".retail.columns");
        ImageAssertions.assertSameImage(load(), first);

        // proof that the next opening reads the snapshot: one saved with a change H2 does not hold is used
        first.put(first.key(0), Map.of("city", "Snapshot City"));
        snapshot.write(first, workspace.jdbi().withHandle(DataStamp::current));
        assertThat(load().value(0, "city")).isEqualTo("Snapshot City");
    }

    @Test
    void aWriteThroughTheWorkspaceMakesTheSnapshotStale() {
        ProfileImage before = load();
        String key = before.key(3);
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, List.of(workspace.attributes().find("city").orElseThrow()), true)) {
                rows.add(key, "Changed City"); // an upsert: no row count changes
            }
        });
        assertThat(load().value(3, "city")).isEqualTo("Changed City");
        assertFreshFromH2(load());

        workspace.computed().define(new ComputedAttribute("purchases", ComputedAttribute.Kind.COUNT, "purchase", null, null,
                null), AS_OF, ProgressListener.NONE);
        assertThat(load().schema().attributes()).containsKey("purchases");
        workspace.computed().refresh(AS_OF.plusSeconds(86_400 * 400L), ProgressListener.NONE);
        assertFreshFromH2(load());
    }

    @Test
    void rowsAddedFromOutsideSegmentStudioAreNoticed() {
        int profiles = load().size();
        workspace.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO profile (profile_key, updated_at) VALUES ('OUTSIDE-1', CURRENT_TIMESTAMP)"));
        ProfileImage image = load();
        assertThat(image.size()).isEqualTo(profiles + 1);
        assertThat(image.row("OUTSIDE-1")).isPresent();
    }

    @Test
    void aDamagedSnapshotIsRebuiltFromH2() throws IOException {
        ProfileImage original = load();
        byte[] bytes = Files.readAllBytes(snapshot.file());
        Files.write(snapshot.file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ImageAssertions.assertSameImage(load(), original);
        assertThat(Files.size(snapshot.file())).as("saved again, whole").isEqualTo(bytes.length);

        Files.write(snapshot.file(), new byte[] {1, 2, 3});
        ImageAssertions.assertSameImage(load(), original);
    }

    @Test
    void aLiveViewSavesWhatItWroteAndTheNextOpeningReadsIt() {
        load();
        LiveWorkspace live = new LiveWorkspace(workspace, AS_OF, ProgressListener.NONE);
        live.ingest(List.of(
                new LiveWorkspace.IncomingEvent(live.image().key(7), "purchase", AS_OF.minusSeconds(600),
                        Map.of("amount", new BigDecimal("19.90"))),
                new LiveWorkspace.IncomingEvent("NEW-LIVE-1", "page_view", AS_OF.minusSeconds(60), Map.of())));
        assertThat(snapshot.file()).as("the load's snapshot is out of date").exists();
        live.saveColumns();
        DataStamp saved = workspace.jdbi().withHandle(DataStamp::current);
        ProfileImage reopened = load();
        assertThat(workspace.jdbi().withHandle(DataStamp::current)).as("nothing rebuilt or rewritten").isEqualTo(saved);
        assertThat(reopened.row("NEW-LIVE-1")).isPresent();
        assertFreshFromH2(reopened);
    }

    @Test
    void aLiveViewDoesNotSaveOverAnotherWritersChanges() throws IOException {
        load();
        LiveWorkspace live = new LiveWorkspace(workspace, AS_OF, ProgressListener.NONE);
        live.ingest(List.of(new LiveWorkspace.IncomingEvent(live.image().key(1), "page_view", AS_OF, Map.of())));
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, List.of(workspace.attributes().find("city").orElseThrow()), true)) {
                rows.add(live.image().key(1), "Elsewhere");
            }
        });
        Files.deleteIfExists(snapshot.file());
        live.saveColumns();
        assertThat(snapshot.file()).doesNotExist();
    }

    private ProfileImage load() {
        return new ProfileImageLoader(workspace).load(ProgressListener.NONE);
    }

    private void assertFreshFromH2(ProfileImage image) {
        snapshot.delete();
        ImageAssertions.assertSameImage(image, load());
    }
}
