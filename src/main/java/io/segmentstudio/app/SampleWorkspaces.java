package io.segmentstudio.app;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.workspace.Workspace;
import io.segmentstudio.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Path directory;
    private final Clock clock;

    public SampleWorkspaces(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public List<Sample> available() {
        return List.of(RETAIL_DEMO);
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
        Path building = directory.resolve(sample.id() + ".building" + WorkspaceFile.SUFFIX);
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(building);
            try (Workspace workspace = Workspace.create(building, clock.getZone())) {
                build(sample, workspace, progress);
            }
            Files.move(building, file);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot build the sample workspace in " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(building);
            throw e;
        }
    }

    private void build(Sample sample, Workspace workspace, ProgressListener progress) {
        if (sample.equals(RETAIL_DEMO)) {
            new RetailDemoGenerator(SampleSpec.defaults(LocalDate.now(clock))).generate(workspace, progress);
        } else {
            throw new IllegalArgumentException("Unknown sample " + sample.id());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover ".building" file is replaced on the next attempt
        }
    }
}
