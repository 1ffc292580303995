package io.segmentstudio.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** The work folders of the bench commands, removed with what they hold when the command ends. */
final class TemporaryFolders {
    private TemporaryFolders() {
    }

    static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is the system's to clear
        }
    }
}
