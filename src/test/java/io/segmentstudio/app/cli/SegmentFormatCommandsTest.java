package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentstudio.workspace.SegmentCatalog;
import io.segmentstudio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format} of segment eval / sql / explain, and {@code segment convert}. */
class SegmentFormatCommandsTest {
    private static final String AS_OF = "2026-11-01T12:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private String ws;

    @BeforeEach
    void workspaceWithCustomers() throws IOException {
        ws = ShopWorkspace.create(dir);
    }

    private String file(String suffix, String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "rule", suffix), text).toString();
    }

    private CliRunner.Result eval(String format, String rule) {
        return run("segment", "eval", "-w", ws, "--rule", rule, "--format", format, "--as-of", AS_OF, "--ids", "--json");
    }

    // --format on eval, explain and sql

    @Test
    void evalReadsJsonLogicWithExactStringComparisons() throws IOException {
        String rule = file(".json", """
                {"and":[{">":[{"var":"aov"},200]},{"in":[{"var":"country"},["DE","FR"]]}]}""");
        CliRunner.Result result = eval("jsonlogic", rule).assertOk();
        assertThat(ids(result.json())).containsExactly("c1", "c3");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void evalReadsRqbAndSql() throws IOException {
        String rqb = file(".json", """
                {"combinator":"or","rules":[{"field":"country","operator":"=","value":"FR"},
                  {"field":"aov","operator":"between","value":"200,260"}]}""");
        assertThat(ids(eval("rqb", rqb).assertOk().json())).containsExactly("c1", "c3", "c5");
        String sql = file(".sql", "WHERE country IN ('DE', 'FR') AND aov >= 250");
        assertThat(ids(eval("sql", sql).assertOk().json())).containsExactly("c1", "c3");
        String nativeRule = file(".json", "{\"rule\":{\"attribute\":\"aov\",\"operator\":\"greater_than\",\"value\":300}}");
        assertThat(ids(eval("native", nativeRule).assertOk().json())).containsExactly("c4");
        assertThat(ids(run("segment", "eval", "-w", ws, "--rule", nativeRule, "--ids", "--json").assertOk().json()))
                .as("native is the default").containsExactly("c4");
    }

    @Test
    void conversionWarningsGoToStderrOneLineEachAndStdoutStaysJson() throws IOException {
        // Unguarded: JsonLogic would count a missing aov as 0 (< 300); segments do not. The import warns.
        String rule = file(".json", """
                {"or":[{"<":[{"var":"aov"},300]},{"==":[{"var":"aov"},"500"]}]}""");
        CliRunner.Result result = eval("jsonlogic", rule).assertOk();
        assertThat(ids(result.json())).containsExactly("c1", "c2", "c4", "c5");
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).startsWith("Warning: $"));
        assertThat(result.err()).contains("$.or[0]").contains("$.or[1]");
        assertThat(result.out()).doesNotContain("Warning");
    }

    @Test
    void explainAndSqlTakeTheFormatToo() throws IOException {
        String rule = file(".json", "{\"<=\":[200,{\"var\":\"aov\"},260]}");
        String explained = run("segment", "explain", "-w", ws, "--rule", rule, "--format", "jsonlogic", "--as-of",
                AS_OF, "--profile", "c1").assertOk().out();
        assertThat(explained).startsWith("IN: profile c1").contains("250");
        JsonNode sql = run("segment", "sql", "-w", ws, "--rule", rule, "--format", "jsonlogic", "--dialect",
                "postgresql", "--as-of", AS_OF, "--json").assertOk().json();
        assertThat(sql.get("sql").asText()).contains("\"a_aov\"");
        assertThat(sql.get("params").toString()).contains("200", "260");
    }

    @Test
    void formatErrorsAreUserErrors() throws IOException {
        String rule = file(".json", "{\"and\":[{\"==\":[{\"var\":\"country\"},\"DE\"]},{\"+\":[1,2]}]}");
        CliRunner.Result unmapped = eval("jsonlogic", rule).assertUserError();
        assertThat(unmapped.err()).startsWith("Error: $.and[1]");
        String unknown = file(".json", "{\"==\":[{\"var\":\"countri\"},\"DE\"]}");
        assertThat(eval("jsonlogic", unknown).assertUserError().err()).contains("unknown attribute 'countri'");
        assertThat(eval("sql", file(".sql", "country = ")).assertUserError().err()).contains("offset");
        assertThat(eval("yaml", unknown).assertUserError().err()).contains("'yaml' is not a rule format");
        assertThat(run("segment", "eval", "-w", ws, "--segment", "VIP", "--format", "jsonlogic").assertUserError()
                .err()).contains("--format applies to a --rule file");
        assertThat(run("segment", "sql", "--rule", unknown, "--format", "jsonlogic", "--dialect", "h2")
                .assertUserError().err()).contains("--format jsonlogic needs a workspace (-w)");
    }

    // segment convert

    @Test
    void convertsNativeToJsonLogicWithoutAWorkspace() throws IOException {
        String rule = file(".json", """
                {"rule":{"type":"group","combinator":"and","children":[
                  {"type":"predicate","attribute":"aov","operator":"greater_than","value":200},
                  {"type":"predicate","attribute":"country","operator":"in","values":["DE","FR"],
                   "text":{"caseSensitive":true,"trim":false}}]}}""");
        CliRunner.Result result = run("segment", "convert", "--rule", rule, "--to", "jsonlogic").assertOk();
        assertThat(JSON.readTree(result.out())).isEqualTo(JSON.readTree("""
                {"and":[{"and":[{"!=":[{"var":"aov"},null]},{">":[{"var":"aov"},200]}]},
                        {"in":[{"var":"country"},["DE","FR"]]}]}"""));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void convertedRulesSelectTheSameMembersInEveryFormat() throws IOException {
        String jsonLogic = file(".json", """
                {"or":[{"and":[{"!=":[{"var":"aov"},null]},{">=":[{"var":"aov"},250]}]},
                       {"!":{"in":[{"var":"country"},["DE","FR","AT"]]}}]}""");
        List<String> expected = ids(eval("jsonlogic", jsonLogic).assertOk().json());
        assertThat(expected).containsExactly("c1", "c2", "c3", "c4");
        for (String to : List.of("native", "rqb", "sql", "jsonlogic")) {
            List<String> args = new ArrayList<>(List.of("segment", "convert", "-w", ws, "--rule", jsonLogic,
                    "--from", "jsonlogic", "--to", to));
            if (to.equals("sql")) {
                args.addAll(List.of("--dialect", "h2"));
            }
            CliRunner.Result converted = run(args.toArray(String[]::new)).assertOk();
            String back = file("." + to, converted.out());
            assertThat(ids(eval(to, back).assertOk().json())).as("via %s:%n%s", to, converted.out())
                    .isEqualTo(expected);
        }
    }

    @Test
    void convertsSqlToRqbAndRqbToSqlForADialect() throws IOException {
        String sql = file(".sql", "aov BETWEEN 200 AND 260 OR country = 'FR'");
        CliRunner.Result rqb = run("segment", "convert", "-w", ws, "--rule", sql, "--from", "sql", "--to", "rqb")
                .assertOk();
        JsonNode query = JSON.readTree(rqb.out());
        assertThat(query.get("combinator").asText()).isEqualTo("or");
        assertThat(query.get("rules").get(0).get("operator").asText()).isEqualTo("between");
        // SQL compares strings exactly: rqb has no place for that, so the export warns (on stderr).
        assertThat(rqb.err().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("Warning: "));

        CliRunner.Result back = run("segment", "convert", "-w", ws, "--rule", file(".json", rqb.out()), "--from",
                "rqb", "--to", "sql", "--dialect", "postgresql").assertOk();
        assertThat(back.out()).contains("\"a_aov\"", "200", "260", "'FR'").doesNotContain("?");
    }

    @Test
    void jsonOutputCarriesTheRuleAsJsonOrAsSqlText() throws IOException {
        String rule = file(".json", "{\"rule\":{\"attribute\":\"aov\",\"operator\":\"less_than\",\"value\":300}}");
        JsonNode json = run("segment", "convert", "--rule", rule, "--to", "rqb", "--json").assertOk().json();
        assertThat(json.fieldNames()).toIterable().containsExactly("from", "to", "rule");
        assertThat(json.get("from").asText()).isEqualTo("native");
        assertThat(json.get("rule").get("rules").get(0).get("field").asText()).isEqualTo("aov");
        CliRunner.Result sql = run("segment", "convert", "--rule", rule, "--to", "sql", "--dialect", "duckdb", "--json")
                .assertOk();
        assertThat(sql.json().get("rule").asText()).contains("\"a_aov\" < 300");
        assertThat(sql.err()).contains("attribute types were guessed");
    }

    @Test
    void disabledNodesAreWarnedAboutOnStderr() throws IOException {
        String rule = file(".json", """
                {"rule":{"type":"group","id":"root","combinator":"and","children":[
                  {"type":"predicate","id":"big","attribute":"aov","operator":"greater_than","value":200},
                  {"type":"predicate","id":"off","attribute":"country","operator":"equals","value":"DE",
                   "disabled":true}]}}""");
        CliRunner.Result result = run("segment", "convert", "-w", ws, "--rule", rule, "--to", "jsonlogic").assertOk();
        assertThat(result.err().lines()).containsExactly("Warning: off: disabled, left out");
        assertThat(JSON.readTree(result.out()).toString()).doesNotContain("country");
    }

    @Test
    void segmentReferencesAreExpandedWithTheWorkspace() throws IOException {
        try (Workspace workspace = Workspace.open(Path.of(ws))) {
            workspace.segments().create(new SegmentCatalog.NewSegment("Big", "", "", List.of(),
                    "{\"rule\":{\"attribute\":\"aov\",\"operator\":\"greater_than\",\"value\":260}}"), "ana");
        }
        String rule = file(".json", "{\"rule\":{\"type\":\"segment\",\"id\":\"ref\",\"segment\":\"Big\"}}");
        String out = run("segment", "convert", "-w", ws, "--rule", rule, "--to", "jsonlogic").assertOk().out();
        assertThat(out).contains("260");
        assertThat(run("segment", "convert", "--rule", rule, "--to", "jsonlogic").assertUserError().err())
                .contains("ref: reference to segment 'Big'", "-w");
        assertThat(run("segment", "convert", "--rule", rule, "--to", "native").assertOk().out())
                .contains("\"segment\" : \"Big\"");
    }

    @Test
    void failingConversionsAreUserErrorsNamingTheNode() throws IOException {
        String startsWith = file(".json", """
                {"rule":{"type":"predicate","id":"prefix","attribute":"country","operator":"starts_with","value":"D"}}""");
        assertThat(run("segment", "convert", "--rule", startsWith, "--to", "jsonlogic").assertUserError().err())
                .startsWith("Error: prefix: ");
        String bad = file(".json", "{\"or\":[{\"==\":[{\"var\":\"aov\"},1]},{\"cat\":[\"a\",\"b\"]}]}");
        assertThat(run("segment", "convert", "-w", ws, "--rule", bad, "--from", "jsonlogic", "--to", "native")
                .assertUserError().err()).startsWith("Error: $.or[1]");
        String jsonLogic = file(".json", "{\"==\":[{\"var\":\"aov\"},1]}");
        assertThat(run("segment", "convert", "--rule", jsonLogic, "--from", "jsonlogic", "--to", "native")
                .assertUserError().err()).contains("reading jsonlogic needs a workspace (-w)");
        assertThat(run("segment", "convert", "-w", ws, "--rule", jsonLogic, "--from", "jsonlogic", "--to", "sql")
                .assertUserError().err()).contains("--to sql needs --dialect");
        assertThat(run("segment", "convert", "-w", ws, "--rule", jsonLogic, "--from", "jsonlogic", "--to", "rqb",
                "--dialect", "h2").assertUserError().err()).contains("--dialect applies to --to sql only");
        assertThat(run("segment", "convert", "--rule", dir.resolve("missing.json").toString(), "--to", "rqb")
                .assertUserError().err()).contains("rule file not found");
        assertThat(run("segment", "convert", "--rule", jsonLogic, "--to", "xml").assertUserError().err())
                .contains("'xml' is not a rule format");
        String unknownAttribute = file(".json", "{\"rule\":{\"attribute\":\"countri\",\"operator\":\"equals\","
                + "\"value\":\"DE\"}}");
        assertThat(run("segment", "convert", "-w", ws, "--rule", unknownAttribute, "--to", "jsonlogic")
                .assertUserError().err()).contains("unknown attribute 'countri'");
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
