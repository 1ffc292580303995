package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandsTest {
    private static final String AS_OF = "2026-11-01T12:00:00Z";
    @TempDir
    Path dir;
    private String ws;

    @BeforeEach
    void workspaceWithCustomers() throws IOException {
        ws = ShopWorkspace.create(dir);
    }

    private String rule(String json) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "rule", ".json"), json).toString();
    }

    private String highValue() throws IOException {
        return rule("""
                {"name":"High value","rule":{"type":"group","combinator":"and","children":[
                  {"type":"predicate","attribute":"aov","operator":"greater_than","value":200},
                  {"type":"predicate","attribute":"last_purchase","operator":"in_last","amount":30,"unit":"days"}]}}
                """);
    }

    @Test
    void evalCountsAndListsMembersTheSameInH2AndInMemory() throws IOException {
        String rule = highValue();
        JsonNode h2 = run("segment", "eval", "-w", ws, "--rule", rule, "--as-of", AS_OF, "--ids", "--json")
                .assertOk().json();
        JsonNode memory = run("segment", "eval", "-w", ws, "--rule", rule, "--as-of", AS_OF, "--ids", "--json",
                "--engine", "memory").assertOk().json();
        assertThat(h2.get("count").asLong()).isEqualTo(2);
        assertThat(ids(h2)).containsExactly("c1", "c4");
        assertThat(memory).isEqualTo(h2);
        assertThat(run("segment", "eval", "-w", ws, "--rule", rule, "--as-of", AS_OF).assertOk().out().strip())
                .isEqualTo("2");
    }

    @Test
    void notInIncludesMissingValuesAsDocumented() throws IOException {
        String rule = rule("{\"rule\":{\"attribute\":\"country\",\"operator\":\"not_in\",\"values\":[\"DE\",\"FR\"]}}");
        JsonNode result = run("segment", "eval", "-w", ws, "--rule", rule, "--as-of", AS_OF, "--ids", "--json")
                .assertOk().json();
        assertThat(ids(result)).containsExactly("c4", "c5");
    }

    @Test
    void explainShowsEachConditionWithTheValuesCompared() throws IOException {
        String out = run("segment", "explain", "-w", ws, "--rule", highValue(), "--as-of", AS_OF, "--profile", "c2")
                .assertOk().out();
        assertThat(out).startsWith("OUT: profile c2").contains("✗").contains("199.99");
    }

    @Test
    void sqlIsParameterisedForEveryDialectWithOrWithoutAWorkspace() throws IOException {
        String rule = highValue();
        for (String dialect : List.of("h2", "postgresql", "duckdb", "snowflake", "bigquery")) {
            CliRunner.Result result = run("segment", "sql", "--rule", rule, "--dialect", dialect, "--as-of", AS_OF);
            result.assertOk();
            String sqlText = result.out().substring(0, result.out().indexOf("-- parameters:"));
            assertThat(sqlText).contains("WHERE").doesNotContain("200");
            assertThat(result.out()).contains("1: 200 (Long)");
        }
        JsonNode json = run("segment", "sql", "-w", ws, "--rule", rule, "--dialect", "postgresql", "--as-of", AS_OF,
                "--json").assertOk().json();
        assertThat(json.get("sql").asText()).contains("\"a_aov\"");
        assertThat(json.get("params").toString()).contains("200");
    }

    @Test
    void sqlWritesComputedAttributesOverTheEventTableWhenAsked() throws IOException {
        run("computed", "add", "-w", ws, "--name", "purchases_30d", "--kind", "count", "--event", "purchase",
                "--last", "30", "--as-of", AS_OF).assertOk();
        String rule = rule("{\"rule\":{\"attribute\":\"purchases_30d\",\"operator\":\"greater_or_equal\",\"value\":2}}");
        String stored = run("segment", "sql", "-w", ws, "--rule", rule, "--dialect", "postgresql", "--as-of", AS_OF)
                .assertOk().out();
        assertThat(stored).contains("p.\"a_purchases_30d\" >= ?");
        String expressed = run("segment", "sql", "-w", ws, "--rule", rule, "--dialect", "postgresql", "--as-of", AS_OF,
                "--computed-as-sql").assertOk().out();
        assertThat(expressed).doesNotContain("a_purchases_30d")
                .contains("(SELECT COUNT(*) FROM \"event\" e WHERE e.\"profile_id\" = p.\"profile_id\"")
                .contains("1: purchase (String)").contains("2: 2026-10-01T22:00Z (OffsetDateTime)").contains("4: 2 (Long)");
        assertThat(run("segment", "sql", "--rule", rule, "--dialect", "h2", "--computed-as-sql").assertUserError().err())
                .contains("--computed-as-sql needs a workspace");
    }

    @Test
    void invalidRulesAreUserErrorsThatNameTheNode() throws IOException {
        String rule = rule("{\"rule\":{\"attribute\":\"countri\",\"operator\":\"equals\",\"value\":\"DE\"}}");
        CliRunner.Result result = run("segment", "eval", "-w", ws, "--rule", rule);
        assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(result.err()).contains("unknown attribute 'countri'");
        run("segment", "eval", "-w", ws, "--rule", dir.resolve("nope.json").toString()).assertUserError();
        run("segment", "eval", "-w", ws, "--rule", rule("{\"rule\": [")).assertUserError();
    }

    @Test
    void refreshStoresMembershipsAndRecordsEntriesAndExits() throws IOException {
        // A stored segment through the sample-free path: create it from a rule file via the workspace API.
        try (var workspace = io.segmentstudio.workspace.Workspace.open(Path.of(ws))) {
            workspace.segments().create(new io.segmentstudio.workspace.SegmentCatalog.NewSegment("High value", "", "",
                    List.of(), Files.readString(Path.of(highValue()))), "ana");
        }
        JsonNode first = run("segment", "refresh", "-w", ws, "--as-of", AS_OF, "--json").assertOk().json();
        assertThat(first.get(0).get("members").asLong()).isEqualTo(2);
        assertThat(first.get(0).get("entered").asLong()).isEqualTo(2);
        JsonNode later = run("segment", "refresh", "-w", ws, "--as-of", "2026-11-25T12:00:00Z", "--json")
                .assertOk().json();
        assertThat(later.get(0).get("members").asLong()).isEqualTo(1);
        assertThat(later.get(0).get("exited").asLong()).isEqualTo(1);
        JsonNode bySegment = run("segment", "eval", "-w", ws, "--segment", "High value", "--as-of", AS_OF, "--json")
                .assertOk().json();
        assertThat(bySegment.get("count").asLong()).isEqualTo(2);
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
