package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLifecycleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    @Test
    void createsAndReopensAWorkspaceWithItsTimeZone() {
        Path path = dir.resolve("shop");
        try (Workspace created = Workspace.create(path, BERLIN)) {
            assertThat(created.file().file()).isEqualTo(dir.resolve("shop.mv.db"));
            assertThat(created.name()).isEqualTo("shop");
        }
        try (Workspace reopened = Workspace.open(dir.resolve("shop.mv.db"))) {
            assertThat(reopened.timeZone()).isEqualTo(BERLIN);
            assertThat(reopened.schemaVersion()).isEqualTo(String.valueOf(SchemaHistory.LATEST_VERSION));
        }
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("taken.mv.db"), "data");
        assertThatThrownBy(() -> Workspace.create(existing, BERLIN))
                .isInstanceOf(WorkspaceException.AlreadyExists.class);
        assertThat(Files.readString(existing)).isEqualTo("data");
    }

    @Test
    void missingFileIsReportedAsNotFound() {
        assertThatThrownBy(() -> Workspace.open(dir.resolve("nothing-here")))
                .isInstanceOf(WorkspaceException.NotFound.class)
                .hasMessageContaining("nothing-here.mv.db");
    }

    @Test
    void aTextFileIsNotAWorkspaceAndIsLeftUntouched() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list");
        String before = sha256(notes);
        assertThatThrownBy(() -> Workspace.open(notes))
                .isInstanceOf(WorkspaceException.NotAWorkspace.class)
                .hasMessageContaining("notes.txt");
        assertThat(sha256(notes)).isEqualTo(before);
    }

    @Test
    void garbageWithTheWorkspaceSuffixIsNotAWorkspaceAndIsLeftUntouched() throws Exception {
        Path fake = Files.write(dir.resolve("fake.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        String before = sha256(fake);
        assertThatThrownBy(() -> Workspace.open(fake)).isInstanceOf(WorkspaceException.NotAWorkspace.class);
        assertThat(sha256(fake)).isEqualTo(before);
    }

    @Test
    void anotherApplicationsH2DatabaseIsNotAWorkspaceAndIsLeftUntouched() throws Exception {
        Path other = dir.resolve("crm");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR)");
            s.execute("INSERT INTO customers VALUES (1, 'Ada')");
        }
        Path file = dir.resolve("crm.mv.db");
        String before = sha256(file);
        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.NotAWorkspace.class)
                .hasMessageContaining("not a Segment Studio workspace");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path path = dir.resolve("future.mv.db");
        Workspace.create(path, BERLIN).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("future")
                + ";DATABASE_TO_LOWER=TRUE", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        String before = sha256(path);
        assertThatThrownBy(() -> Workspace.open(path))
                .isInstanceOf(WorkspaceException.TooNew.class)
                .hasMessageContaining("newer Segment Studio")
                .hasMessageContaining("99");
        assertThat(sha256(path)).isEqualTo(before);
    }

    @Test
    void anOlderWorkspaceIsBackedUpAndUpgraded() throws SQLException {
        Path path = dir.resolve("old.mv.db");
        try (Workspace old = Workspace.create(path, BERLIN, "1")) {
            assertThat(old.schemaVersion()).isEqualTo("1");
        }
        try (Workspace upgraded = Workspace.open(path)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(String.valueOf(SchemaHistory.LATEST_VERSION));
            long segments = upgraded.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM segment")
                    .mapTo(Long.class).one());
            assertThat(segments).isZero();
        }
        assertThat(dir.resolve("old.schema-v1.backup.mv.db")).exists();
    }

    @Test
    void aFileLockedByAnotherProgramIsReportedAsLocked() throws IOException {
        Path path = dir.resolve("busy.mv.db");
        Workspace.create(path, BERLIN).close();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            assertThatThrownBy(() -> Workspace.open(path))
                    .isInstanceOf(WorkspaceException.Locked.class)
                    .hasMessageContaining("busy.mv.db");
        }
    }

    @Test
    void theLatestVersionConstantMatchesTheMigrationScripts() {
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:versions;DATABASE_TO_LOWER=TRUE");
        assertThat(new SchemaMigrations(dataSource).latestKnownVersion())
                .isEqualTo(String.valueOf(SchemaHistory.LATEST_VERSION));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
