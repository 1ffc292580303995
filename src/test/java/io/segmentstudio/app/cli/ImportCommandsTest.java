package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCommandsTest {
    @TempDir
    Path dir;
    private String ws;

    @BeforeEach
    void createWorkspace() {
        ws = dir.resolve("shop").toString();
        run("workspace", "init", "-w", ws, "--time-zone", "UTC").assertOk();
    }

    private String csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void importsACsvAndSaysWhatItAdded() throws IOException {
        String file = csv("people.csv", "id,Age,Plan\na,34,basic\nb,51,pro\n");
        CliRunner.Result result = run("import", "csv", "-w", ws, "--file", file, "--key", "id").assertOk();

        assertThat(result.out()).contains("Imported 2 of 2 rows from people.csv into shop (import 1,",
                "Added 2 attributes:", "  age   integer", "  plan  string", "No rows were rejected.");
        assertThat(result.err()).isEmpty();
        assertThat(run("profiles", "count", "-w", ws).assertOk().out()).isEqualTo("2" + System.lineSeparator());
    }

    @Test
    void reportsRejectedRowsAndWhereToSeeThem() throws IOException {
        run("import", "csv", "-w", ws, "--file", csv("v1.csv", "id,tenure\na,1\n"), "--key", "id").assertOk();
        CliRunner.Result result = run("import", "csv", "-w", ws, "--file",
                csv("v2.csv", "id,tenure\nb,abc\nc,2\n"), "--key", "id").assertOk();

        assertThat(result.out()).contains("Imported 1 of 2 rows", "Rejected 1 row;",
                "segment-studio import rejections -w " + ws + " --id 2");
        CliRunner.Result rejections = run("import", "rejections", "-w", ws, "--id", "2").assertOk();
        assertThat(rejections.out()).contains("row 1: column 'tenure': 'abc' is not an integer", "b,abc");
        JsonNode json = run("import", "rejections", "-w", ws, "--json").assertOk().json();
        assertThat(json.get("importId").asLong()).isEqualTo(2);
        assertThat(json.get("rejections").get(0).get("column").asText()).isEqualTo("tenure");
    }

    @Test
    void jsonReportsCountsAttributesAndTypes() throws IOException {
        String file = csv("people.csv", "id,Age,Score\na,34,1.5\nb,,2\n");
        JsonNode json = run("import", "csv", "--json", "-w", ws, "--file", file, "--key", "id").assertOk().json();

        assertThat(json.fieldNames()).toIterable().containsExactly("importId", "file", "rowsRead", "imported",
                "rejected", "attributesAdded", "inferredTypes", "durationMs");
        assertThat(json.get("imported").asLong()).isEqualTo(2);
        assertThat(json.get("attributesAdded").get(0).get("name").asText()).isEqualTo("age");
        assertThat(json.get("attributesAdded").get(0).get("type").asText()).isEqualTo("integer");
        assertThat(json.get("inferredTypes").get("score").asText()).isEqualTo("decimal");
        assertThat(run("profiles", "count", "-w", ws, "--json").assertOk().out().strip()).isEqualTo("{\"count\":2}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\t", "tab", "TAB", "\t"})
    void acceptsTabWrittenSeveralWays(String delimiter) throws IOException {
        String file = csv("tabs.tsv", "id\tcity\n1\tOslo, Norway\n");
        run("import", "csv", "-w", ws, "--file", file, "--delimiter", delimiter).assertOk();
        assertThat(run("profiles", "count", "-w", ws).out().strip()).isEqualTo("1");
    }

    @Test
    void aMissingCsvFileIsAUserError() {
        assertThat(run("import", "csv", "-w", ws, "--file", dir.resolve("nope.csv").toString())
                .assertUserError().err()).contains("No file at", "nope.csv");
    }

    @Test
    void aBadDelimiterIsAUserError() throws IOException {
        String file = csv("a.csv", "id\n1\n");
        assertThat(run("import", "csv", "-w", ws, "--file", file, "--delimiter", "#").assertUserError().err())
                .contains("'#' is not a supported delimiter");
    }

    @Test
    void aWrongDelimiterIsCaughtFromTheHeader() throws IOException {
        String file = csv("semi.csv", "age;job;marital\n30;admin.;married\n");
        assertThat(run("import", "csv", "-w", ws, "--file", file).assertUserError().err())
                .contains("semi.csv", "separated by ';'");
    }

    @Test
    void anUnknownKeyColumnIsAUserError() throws IOException {
        String file = csv("a.csv", "id,x\n1,2\n");
        assertThat(run("import", "csv", "-w", ws, "--file", file, "--key", "customerID").assertUserError().err())
                .contains("Key column 'customerID'", "id, x");
    }

    @Test
    void aFileThatIsNotUtf8IsAUserErrorNamingTheLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "id,name\n1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("import", "csv", "-w", ws, "--file", file.toString()).assertUserError().err())
                .contains("latin1.csv", "line 2", "UTF-8");
    }

    @Test
    void importingIntoAMissingWorkspaceIsAUserError() throws IOException {
        String file = csv("a.csv", "id\n1\n");
        assertThat(run("import", "csv", "-w", dir.resolve("other").toString(), "--file", file)
                .assertUserError().err()).contains("No workspace at");
    }

    @Test
    void rejectionsOfAnUnknownImportIsAUserError() {
        assertThat(run("import", "rejections", "-w", ws).assertUserError().err()).contains("No imports in");
        assertThat(run("import", "rejections", "-w", ws, "--id", "7").assertUserError().err())
                .contains("No import with id 7");
    }

    @Test
    void progressGoesToStderrOnlyWhenAskedFor() throws IOException {
        StringBuilder text = new StringBuilder("id,n\n");
        for (int i = 0; i < 2_500; i++) {
            text.append(i).append(',').append(i).append('\n');
        }
        String file = csv("big.csv", text.toString());
        CliRunner.Result quiet = run("import", "csv", "-w", ws, "--file", file, "--key", "id", "--json").assertOk();
        assertThat(quiet.err()).isEmpty();

        CliRunner.Result shown = run("import", "csv", "-w", ws, "--file", file, "--key", "id", "--json",
                "--progress").assertOk();
        assertThat(shown.err()).contains("Importing big.csv: 40%", "Imported big.csv: 100%");
        assertThat(shown.json().get("imported").asLong()).isEqualTo(2_500);
    }

    @Test
    void telcoChurnImportsAllCustomers() {
        Path telco = Path.of(System.getProperty("segmentstudio.datasets", "../shared/datasets"))
                .resolve("telco-customer-churn/Telco-Customer-Churn.csv");
        assumeThat(Files.exists(telco)).as(telco + ": datasets folder missing: skipping").isTrue();

        CliRunner.Result result = run("import", "csv", "-w", ws, "--file", telco.toString(), "--key", "customerID")
                .assertOk();
        assertThat(result.out()).contains("Imported 7,043 of 7,043 rows", "total_charges", "decimal");
        assertThat(run("profiles", "count", "-w", ws, "--json").assertOk().out().strip())
                .isEqualTo("{\"count\":7043}");
    }
}
