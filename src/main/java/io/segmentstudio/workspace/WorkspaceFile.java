package io.segmentstudio.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a workspace lives on disk. A workspace is one H2 file whose name ends in {@value #SUFFIX};
 * users may name it with or without that suffix.
 */
public record WorkspaceFile(Path file) {
    public static final String SUFFIX = ".mv.db";

    public WorkspaceFile {
        file = file.toAbsolutePath().normalize();
    }

    /** {@code shop} and {@code shop.mv.db} both name {@code shop.mv.db}; other endings are kept. */
    public static WorkspaceFile of(Path path) {
        String name = path.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(SUFFIX) || (Files.exists(path) && !Files.isDirectory(path))) {
            return new WorkspaceFile(path);
        }
        return new WorkspaceFile(path.resolveSibling(name + SUFFIX));
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** True when the name can be an H2 database at all. */
    public boolean hasWorkspaceSuffix() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** The workspace's display name: the file name without the suffix. */
    public String displayName() {
        String name = file.getFileName().toString();
        return hasWorkspaceSuffix() ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    /** Where the workspace's columns are saved for fast opening (a cache: see ColumnSnapshot). */
    public Path columnSnapshot() {
        return file.resolveSibling("." + displayName() + ".columns");
    }

    /** Path handed to H2, which appends the suffix itself. */
    String h2BasePath() {
        String path = file.toString();
        return path.substring(0, path.length() - SUFFIX.length());
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
