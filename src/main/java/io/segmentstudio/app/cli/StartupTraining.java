package io.segmentstudio.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs the common CLI commands once on a throw-away workspace, so that the launcher script can record
 * the classes they load into a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}) before the
 * user's first real command. Prints nothing; leaves nothing behind.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    /** A failed command would record a partial archive: the launcher discards it when this throws. */
    private static void run(Cli cli, String... args) {
        int code = cli.run(args);
        if (code != Cli.OK) {
            throw new IllegalStateException("training command failed (exit " + code + "): " + String.join(" ", args));
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("segment-studio-training");
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        try {
            String workspace = dir.resolve("training").toString();
            Path csv = Files.writeString(dir.resolve("people.csv"),
                    "id,country,age,spend,joined,newsletter\na,DE,34,12.50,2024-01-31,yes\nb,FR,,99.90,2025-02-28,no\n");
            Path rule = Files.writeString(dir.resolve("rule.json"), "{\"rule\":{\"type\":\"group\",\"combinator\":\"and\","
                    + "\"children\":[{\"type\":\"predicate\",\"attribute\":\"country\",\"operator\":\"in\",\"values\":[\"DE\"]},"
                    + "{\"type\":\"predicate\",\"attribute\":\"spend\",\"operator\":\"greater_than\",\"value\":10}]}}");
            Cli cli = new Cli(silent, silent);
            run(cli, "workspace", "init", "-w", workspace, "--time-zone", "UTC");
            run(cli, "import", "csv", "-w", workspace, "--file", csv.toString(), "--key", "id", "--json");
            run(cli, "profiles", "count", "-w", workspace, "--json");
            run(cli, "workspace", "info", "-w", workspace);
            run(cli, "segment", "eval", "-w", workspace, "--rule", rule.toString(), "--ids");
            run(cli, "segment", "sql", "--rule", rule.toString(), "--dialect", "postgresql");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
