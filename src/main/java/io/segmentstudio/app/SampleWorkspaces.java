package io.segmentstudio.app;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.csv.CsvImportOptions;
import io.segmentstudio.ingest.csv.CsvImporter;
import io.segmentstudio.ingest.csv.Delimiter;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.workspace.Workspace;
import io.segmentstudio.workspace.WorkspaceBuild;
import io.segmentstudio.workspace.WorkspaceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The bundled sample workspaces. Their H2 files are never shipped: each is built on first use from
 * the seed data in {@code sample-workspaces/} into the user's data folder, then simply opened.
 */
public final class SampleWorkspaces {
    /** A sample the user can open from the menu. */
    public record Sample(String id, String title, String description) {
    }

    public static final Sample RETAIL_DEMO = new Sample("retail-demo", "Retail demo",
            "50,000 synthetic shoppers with 500,000+ page views, cart adds, purchases and email events");

    public static final Sample TELCO_CHURN = new Sample("telco-churn", "Telco churn",
            "IBM's 7,043 fictional telco customers: contracts, services, charges and churn (Apache-2.0)");
    private static final String TELCO_CSV = "/io/segmentstudio/samples/telco-churn/Telco-Customer-Churn.csv";

    private final Path directory;
    private final Clock clock;

    public SampleWorkspaces(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public List<Sample> available() {
        return List.of(RETAIL_DEMO, TELCO_CHURN);
    }

    public Path location(Sample sample) {
        return WorkspaceFile.of(directory.resolve(sample.id())).file();
    }

    public boolean isBuilt(Sample sample) {
        return Files.exists(location(sample));
    }

    /**
     * Returns the sample's workspace file, building it first when needed. A build that fails or is
     * cancelled leaves no half-built file behind.
     */
    public Path ensureBuilt(Sample sample, ProgressListener progress) {
        Path file = location(sample);
        if (Files.exists(file)) {
            return file;
        }
        WorkspaceBuild.create(file, clock.getZone(), progress, workspace -> {
            build(sample, workspace, progress);
            return file;
        });
        return file;
    }

    private void build(Sample sample, Workspace workspace, ProgressListener progress) {
        if (sample.equals(RETAIL_DEMO)) {
            new RetailDemoGenerator(SampleSpec.defaults(LocalDate.now(clock))).generate(workspace, progress);
        } else if (sample.equals(TELCO_CHURN)) {
            importTelco(workspace, progress);
        } else {
            throw new IllegalArgumentException("Unknown sample " + sample.id());
        }
    }

    /**
     * The bundled CSV is copied out of the jar beside the workspace being built, whose folder is
     * removed with it, then imported like any user file.
     */
    private void importTelco(Workspace workspace, ProgressListener progress) {
        Path csv = workspace.file().file().resolveSibling("Telco-Customer-Churn.csv");
        try (InputStream in = SampleWorkspaces.class.getResourceAsStream(TELCO_CSV)) {
            if (in == null) {
                throw new IllegalStateException("The telco sample data is missing from this build (" + TELCO_CSV + ")");
            }
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the telco sample data to " + csv + ": " + e.getMessage(), e);
        }
        new CsvImporter(workspace, "sample").run(new CsvImportOptions(csv, Delimiter.COMMA, "customerID",
                "sample:telco-churn"), progress);
    }
}
