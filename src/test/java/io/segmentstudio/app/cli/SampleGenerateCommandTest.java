package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsTheWorkspaceAndPassesTheOptionsToTheGenerator() {
        Path ws = dir.resolve("demo");
        JsonNode json = run("sample", "generate", "-w", ws.toString(), "--profiles", "200", "--seed", "7",
                "--anchor-date", "2024-06-30", "--json").assertOk().json();

        assertThat(dir.resolve("demo.mv.db")).exists();
        assertThat(json.fieldNames()).toIterable().containsExactly("workspace", "file", "profiles", "events",
                "segments", "seed", "anchorDate", "durationMs");
        assertThat(json.get("profiles").asLong()).isEqualTo(200);
        assertThat(json.get("events").asLong()).isGreaterThan(200);
        assertThat(json.get("segments").asLong()).isEqualTo(7);
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("anchorDate").asText()).isEqualTo("2024-06-30");
    }

    @Test
    void refusesAWorkspaceThatAlreadyHoldsData() throws IOException {
        String ws = dir.resolve("shop").toString();
        run("workspace", "init", "-w", ws).assertOk();
        Path file = Files.writeString(dir.resolve("a.csv"), "id,plan\n1,basic\n");
        run("import", "csv", "-w", ws, "--file", file.toString(), "--key", "id").assertOk();

        assertThat(run("sample", "generate", "-w", ws, "--profiles", "10").assertUserError().err())
                .contains("already holds 1 profile, 1 attribute", "only goes into an empty workspace");
    }

    @Test
    void rejectsANonPositiveProfileCountAndABadDate() {
        String ws = dir.resolve("demo").toString();
        assertThat(run("sample", "generate", "-w", ws, "--profiles", "0").assertUserError().err())
                .contains("--profiles must be at least 1", "segment-studio sample generate --help");
        assertThat(run("sample", "generate", "-w", ws, "--anchor-date", "30.06.2024").assertUserError().err())
                .contains("'30.06.2024' is not a date");
        assertThat(dir.resolve("demo.mv.db")).doesNotExist();
    }
}
