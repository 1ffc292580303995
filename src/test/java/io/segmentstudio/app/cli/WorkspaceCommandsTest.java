package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCommandsTest {
    @TempDir
    Path dir;

    @Test
    void initThenInfo() {
        String ws = dir.resolve("shop").toString();
        CliRunner.Result init = run("workspace", "init", "-w", ws, "--time-zone", "Europe/Berlin").assertOk();
        assertThat(init.out()).contains("Created workspace shop", "shop.mv.db", "Europe/Berlin");

        CliRunner.Result info = run("workspace", "info", "-w", ws).assertOk();
        assertThat(info.out()).contains("Workspace       shop", "Time zone       Europe/Berlin", "Profiles        0",
                "Schema version  5", "Last sync       never");
    }

    @Test
    void infoAsJsonHasStableKeysInOrder() {
        String ws = dir.resolve("shop").toString();
        JsonNode created = run("workspace", "init", "-w", ws, "--time-zone", "UTC", "--json").assertOk().json();
        assertThat(created.get("name").asText()).isEqualTo("shop");
        assertThat(created.get("timeZone").asText()).isEqualTo("UTC");

        JsonNode info = run("workspace", "info", "--json", "-w", ws).assertOk().json();
        assertThat(info.fieldNames()).toIterable().containsExactly("name", "file", "schemaVersion", "timeZone",
                "profiles", "events", "attributes", "segments", "lastSync");
        assertThat(info.get("profiles").asLong()).isZero();
        assertThat(info.get("lastSync").isNull()).isTrue();
        assertThat(info.get("file").asText()).endsWith("shop.mv.db");
    }

    @Test
    void initRefusesAnExistingFile() {
        String ws = dir.resolve("shop").toString();
        run("workspace", "init", "-w", ws).assertOk();
        assertThat(run("workspace", "init", "-w", ws).assertUserError().err()).contains("already exists");
    }

    @Test
    void anUnknownTimeZoneIsAUserError() {
        assertThat(run("workspace", "init", "-w", dir.resolve("x").toString(), "--time-zone", "Mars/Olympus")
                .assertUserError().err()).contains("'Mars/Olympus' is not a time zone");
        assertThat(dir.resolve("x.mv.db")).doesNotExist();
    }

    @Test
    void infoOnAMissingWorkspaceSaysHowToCreateOne() {
        assertThat(run("workspace", "info", "-w", dir.resolve("nothing").toString()).assertUserError().err())
                .contains("No workspace at", "nothing.mv.db", "segment-studio workspace init");
    }

    @Test
    void infoOnAFileThatIsNotAWorkspaceIsAUserError() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(run("workspace", "info", "-w", notes.toString()).assertUserError().err())
                .contains("not a Segment Studio workspace");
    }
}
