package io.segmentstudio.workspace;

import io.segmentstudio.domain.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds a new workspace out of sight and moves it into place only when it is complete:
 * a build that fails, is cancelled or dies with the process never leaves a half-filled workspace where
 * the user expects one. The file is built under its final name in a hidden folder beside the target, so
 * whatever it records about itself (audit entries) names the workspace the user will see.
 */
public final class WorkspaceBuild {
    private WorkspaceBuild() {
    }

    /**
     * @param fill fills the new workspace; its result is returned
     * @throws WorkspaceException.AlreadyExists when a file exists at the target
     */
    public static <T> T create(Path target, ZoneId timeZone, ProgressListener progress, Function<Workspace, T> fill) {
        WorkspaceFile file = WorkspaceFile.of(target);
        if (file.exists()) {
            throw new WorkspaceException.AlreadyExists("A file already exists at " + file
                    + "; choose another name or open it instead");
        }
        Path name = file.file().getFileName();
        Path folder = file.file().resolveSibling("." + name + ".building");
        try {
            deleteRecursively(folder); // what a build that died with its process left behind
            Path building = folder.resolve(name);
            Workspace workspace = Workspace.create(building, timeZone);
            T result;
            try {
                result = fill.apply(workspace);
            } catch (RuntimeException e) {
                workspace.close();
                throw e;
            }
            workspace.close();
            Files.move(building, file.file());
            return result;
        } catch (IOException e) {
            throw new WorkspaceException("Cannot build the workspace " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteRecursively(folder);
        } catch (IOException ignored) {
            // a leftover folder is cleared by the next build of the same workspace
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
