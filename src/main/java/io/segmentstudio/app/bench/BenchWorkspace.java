package io.segmentstudio.app.bench;

import io.segmentstudio.engine.Dialect;
import io.segmentstudio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

/** A workspace file of generated benchmark profiles, written straight from CSV by H2 (no events). */
public final class BenchWorkspace {
    private BenchWorkspace() {
    }

    /** Writes {@code profiles} generated profiles to a new workspace at {@code file} (replacing one there). */
    public static void create(Path file, int profiles, long seed) throws IOException {
        Path csv = Files.createTempFile(file.toAbsolutePath().getParent(), "bench-profiles", ".csv");
        try {
            fromCsv(BenchCsv.write(new BenchProfiles(seed), profiles, csv), file);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** The workspace at {@code file} (replacing one there) holding the profiles of a benchmark CSV. */
    static void fromCsv(Path csv, Path file) throws IOException {
        Files.deleteIfExists(io.segmentstudio.workspace.WorkspaceFile.of(file).file());
        Files.deleteIfExists(io.segmentstudio.workspace.WorkspaceFile.of(file).columnSnapshot());
        try (Workspace workspace = Workspace.create(file, ZoneOffset.UTC)) {
            workspace.attributes().addAll(BenchProfiles.ATTRIBUTES);
            String columns = String.join(", ", BenchProfiles.names().stream().map(n -> "a_" + n).toList());
            String casts = String.join(", ", BenchProfiles.ATTRIBUTES.stream().map(a -> "CAST(NULLIF(" + a.name()
                    + ", '') AS " + SqlEngineUnderTest.sqlType(a, Dialect.H2) + ")").toList());
            workspace.jdbi().useHandle(handle -> handle.execute("INSERT INTO profile (profile_key, updated_at, " + columns
                    + ") SELECT profile_key, CURRENT_TIMESTAMP, " + casts + " FROM CSVREAD('"
                    + csv.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8 caseSensitiveColumnNames=true')"));
        }
    }

    /** The five-condition segment of the count figure, in the native rule format. */
    public static String fiveConditionRule() {
        return BenchSegments.FIVE_CONDITIONS;
    }
}
