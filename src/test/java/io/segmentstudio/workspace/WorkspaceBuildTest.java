package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace built out of sight appears at its target complete, or not at all. */
class WorkspaceBuildTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    @Test
    void aCompleteBuildAppearsAtItsTargetWithItsDataAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("shop.mv.db");
        long written = WorkspaceBuild.create(target, ZONE, ProgressListener.NONE, workspace -> {
            addProfile(workspace, "c-1");
            assertThat(Files.exists(target)).as("not at the target while building").isFalse();
            return workspace.profiles().count();
        });
        assertThat(written).isEqualTo(1);
        try (Workspace built = Workspace.open(target)) {
            assertThat(built.profiles().count()).isEqualTo(1);
            assertThat(built.name()).isEqualTo("shop");
            assertThat(built.timeZone()).isEqualTo(ZONE);
        }
        assertThat(listing()).containsExactly("shop.mv.db");
    }

    @Test
    void aFailedBuildLeavesNeitherTheTargetNorItsFolder() throws IOException {
        Path target = dir.resolve("shop.mv.db");
        assertThatThrownBy(() -> WorkspaceBuild.create(target, ZONE, ProgressListener.NONE, workspace -> {
            addProfile(workspace, "c-1");
            throw new ProgressListener.CancelledException();
        })).isInstanceOf(ProgressListener.CancelledException.class);
        assertThat(listing()).isEmpty();
    }

    @Test
    void whatADeadBuildLeftBehindIsClearedByTheNextOne() throws IOException {
        Path leftover = Files.createDirectories(dir.resolve(".shop.mv.db.building"));
        Files.writeString(leftover.resolve("shop.mv.db"), "half a workspace");
        WorkspaceBuild.create(dir.resolve("shop"), ZONE, ProgressListener.NONE, workspace -> null);
        assertThat(listing()).containsExactly("shop.mv.db");
    }

    @Test
    void refusesATargetThatExistsAndLeavesItAlone() throws IOException {
        Path target = Files.writeString(dir.resolve("taken.mv.db"), "data");
        assertThatThrownBy(() -> WorkspaceBuild.create(target, ZONE, ProgressListener.NONE, workspace -> null))
                .isInstanceOf(WorkspaceException.AlreadyExists.class).hasMessageContaining("taken.mv.db");
        assertThat(Files.readString(target)).isEqualTo("data");
    }

    private static void addProfile(Workspace workspace, String key) {
        workspace.jdbi().useHandle(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, List.of(), false)) {
                rows.add(key);
            }
        });
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
