package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.ingest.csv.CsvImportOptions;
import io.segmentstudio.ingest.csv.CsvImporter;
import io.segmentstudio.ingest.csv.Delimiter;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's image follows what is committed: an import it is told about is replayed into the
 * same image (only the profiles it wrote are read again), and anything it was not told about, or
 * cannot replay, loads the image again. Either way it equals an image loaded fresh from H2.
 */
class WorkspaceImageTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T18:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void generate() {
        workspace = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(3, 300, LocalDate.of(2026, 11, 1))).generate(workspace, ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anImportIsReplayedIntoTheSameImage() throws IOException {
        ProfileImage image = workspace.image().current(ProgressListener.NONE);
        assertThat(workspace.image().current(ProgressListener.NONE)).as("nothing changed").isSameAs(image);
        String changed = image.key(5);
        String cleared = image.key(9);
        Path csv = dir.resolve("update.csv");
        Files.writeString(csv, "customer_id,city,age\n" + changed + ",Nowhere,44\n" + cleared + ",,\nNEW-9,Newtown,30\n");
        importCsv(csv);

        ProfileImage after = workspace.image().current(ProgressListener.NONE);
        assertThat(after).as("replayed, not loaded again").isSameAs(image);
        assertThat(after.value(image.row(changed).getAsInt(), "city")).isEqualTo("Nowhere");
        assertThat(after.value(image.row(cleared).getAsInt(), "city")).isNull();
        assertThat(after.row("NEW-9")).isPresent();
        ImageAssertions.assertSameImage(after, fresh());
    }

    @Test
    void aChangeNobodyReportedLoadsTheImageAgain() {
        ProfileImage image = workspace.image().current(ProgressListener.NONE);
        workspace.computed().define(new ComputedAttribute("purchases", ComputedAttribute.Kind.COUNT, "purchase", null,
                null, null), AS_OF, ProgressListener.NONE);
        ProfileImage after = workspace.image().current(ProgressListener.NONE);
        assertThat(after).isNotSameAs(image);
        assertThat(after.schema().attributes()).containsKey("purchases");
        ImageAssertions.assertSameImage(after, fresh());

        // a reported write followed by one that was not: the last stamp is unknown, so load again
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, List.of(workspace.attributes().find("city").orElseThrow()), true)) {
                rows.add(after.key(0), "Reported");
                workspace.image().written(rows.written());
            }
        });
        workspace.computed().refresh(AS_OF.plusSeconds(86_400 * 500L), ProgressListener.NONE);
        ProfileImage third = workspace.image().current(ProgressListener.NONE);
        assertThat(third).isNotSameAs(after);
        ImageAssertions.assertSameImage(third, fresh());
    }

    @Test
    void anImportThatAddsAnAttributeLoadsTheImageAgain() throws IOException {
        ProfileImage image = workspace.image().current(ProgressListener.NONE);
        Path csv = dir.resolve("new-column.csv");
        Files.writeString(csv, "customer_id,shoe_size\n" + image.key(1) + ",43\n");
        importCsv(csv);
        ProfileImage after = workspace.image().current(ProgressListener.NONE);
        assertThat(after).isNotSameAs(image);
        assertThat(after.value(1, "shoe_size")).isEqualTo(43L);
    }

    private void importCsv(Path csv) {
        new CsvImporter(workspace, "test").run(new CsvImportOptions(csv, Delimiter.COMMA, "customer_id", null),
                ProgressListener.NONE);
    }

    private ProfileImage fresh() {
        Path snapshot = workspace.file().columnSnapshot();
        try {
            Files.deleteIfExists(snapshot);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ProfileImageLoader(workspace).load(ProgressListener.NONE);
    }
}
