package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import io.segmentstudio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle, history, diff, test and audit commands on the five-customer shop. */
class SegmentLifecycleCommandsTest {
    private static final String AS_OF = "2026-11-01T12:00:00Z";
    private static final String HIGH_VALUE = """
            {"rule":{"type":"group","id":"root","combinator":"and","children":[
              {"type":"predicate","id":"aov","attribute":"aov","operator":"greater_than","value":200},
              {"type":"predicate","id":"recent","attribute":"last_purchase","operator":"in_last","amount":30,"unit":"days"}]}}
            """;

    @TempDir
    Path dir;
    private String ws;

    @BeforeEach
    void shopWithASegment() throws IOException {
        ws = ShopWorkspace.create(dir);
        try (Workspace workspace = Workspace.open(Path.of(ws))) {
            workspace.versions().create(new NewSegment("High value", "", "", List.of(), HIGH_VALUE), "ana", "first");
        }
    }

    private void saveVersion(String definition) {
        try (Workspace workspace = Workspace.open(Path.of(ws))) {
            workspace.versions().save("High value", definition, "ana", "changed");
        }
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void aSegmentIsSubmittedAndApprovedByASecondUser() {
        assertThat(run("segment", "submit", "-w", ws, "--segment", "High value", "--user", "ana").assertOk().out())
                .isEqualTo("High value version 1: In review\n");
        CliRunner.Result own = run("segment", "approve", "-w", ws, "--segment", "High value", "--user", "ana",
                "--comment", "fine").assertUserError();
        assertThat(own.err()).isEqualTo("Error: Cannot approve segment 'High value' version 1 (In review): 'ana'"
                + " wrote this version and cannot approve it; another reviewer must\n");
        run("segment", "approve", "-w", ws, "--segment", "High value", "--user", "bo").assertUserError();

        JsonNode approved = run("segment", "approve", "-w", ws, "--segment", "High value", "--user", "bo",
                "--comment", "numbers check out", "--json").assertOk().json();

        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("reviewedBy").asText()).isEqualTo("bo");
        assertThat(approved.get("reviewComment").asText()).isEqualTo("numbers check out");
        String history = run("segment", "history", "-w", ws, "--segment", "High value").assertOk().out();
        assertThat(history).startsWith("v1   Approved   ana").contains("\"first\"")
                .contains("(reviewed by bo: \"numbers check out\")");
    }

    @Test
    void rejectWithdrawArchiveAndUnarchiveAreCommandsToo() {
        run("segment", "submit", "-w", ws, "--segment", "High value", "--user", "ana").assertOk();
        assertThat(run("segment", "reject", "-w", ws, "--segment", "High value", "--user", "bo", "--comment",
                "too broad").assertOk().out()).isEqualTo("High value version 1: Draft\n");
        run("segment", "submit", "-w", ws, "--segment", "High value", "--user", "ana").assertOk();
        assertThat(run("segment", "withdraw", "-w", ws, "--segment", "High value", "--user", "ana").assertOk().out())
                .isEqualTo("High value version 1: Draft\n");
        assertThat(run("segment", "archive", "-w", ws, "--segment", "High value", "--user", "ana").assertOk().out())
                .isEqualTo("High value version 1: Archived\n");
        assertThat(run("segment", "unarchive", "-w", ws, "--segment", "High value", "--user", "ana").assertOk().out())
                .isEqualTo("High value version 1: Draft\n");
        assertThat(run("segment", "submit", "--help").assertOk().out()).contains("--segment", "--user", "--comment");
    }

    @Test
    void archivingAReferencedSegmentNamesWhatReferencesIt() {
        try (Workspace workspace = Workspace.open(Path.of(ws))) {
            workspace.versions().create(new NewSegment("German high value", "", "", List.of(), """
                    {"rule":{"type":"segment","segment":"High value"}}"""), "ana", "");
        }
        CliRunner.Result refused = run("segment", "archive", "-w", ws, "--segment", "High value", "--user", "ana")
                .assertUserError();
        assertThat(refused.err()).contains("segments reference it: German high value; change them first");
    }

    @Test
    void diffShowsTheChangedConditionsBetweenVersions() {
        saveVersion(HIGH_VALUE.replace("200", "250").replace("\"amount\":30", "\"amount\":60"));

        String text = run("segment", "diff", "-w", ws, "--segment", "High value").assertOk().out();
        assertThat(text).isEqualTo("""
                High value: version 1 → 2
                ~ aov aov > 250: value 200 → 250
                ~ recent last_purchase is in the last 60 days: value 30 days → 60 days
                """);
        JsonNode json = run("segment", "diff", "-w", ws, "--segment", "High value", "--from", "1", "--to", "2",
                "--json").assertOk().json();
        assertThat(json.get("changes").get(0).get("nodeId").asText()).isEqualTo("aov");
        assertThat(json.get("changes").get(0).get("kind").asText()).isEqualTo("CHANGED");
        assertThat(json.get("changes").get(0).get("fields").get(0).get("field").asText()).isEqualTo("VALUE");
        assertThat(run("segment", "diff", "-w", ws, "--segment", "High value", "--from", "2", "--to", "2")
                .assertOk().out()).endsWith("no changes\n");
        assertThat(run("segment", "diff", "-w", ws, "--segment", "High value", "--to", "1").assertUserError().err())
                .contains("has no version before it; name one with --from");
        run("segment", "diff", "-w", ws, "--segment", "High value", "--from", "9").assertUserError();
    }

    @Test
    void testsPassThenFailWithTheirExplanationAndAnExitCodeForCi() throws IOException {
        String hand = file("big-spender.json", """
                {"key": "t-1", "values": {"aov": 900, "last_purchase": "2026-10-30"}}""");
        run("segment", "test-add", "-w", ws, "--segment", "High value", "--name", "big spender", "--profile", hand,
                "--expect", "member", "--user", "ana").assertOk();
        assertThat(run("segment", "test-add", "-w", ws, "--segment", "High value", "--name", "c2 is out",
                "--freeze", "c2", "--expect", "not_member", "--as-of", AS_OF, "--user", "ana").assertOk().out())
                .isEqualTo("Saved test 'c2 is out' of High value: profile c2 is expected to be not member.\n");

        CliRunner.Result passing = run("segment", "test", "-w", ws, "--as-of", AS_OF).assertOk();
        assertThat(passing.out()).isEqualTo("""
                PASS  High value / big spender (member, version 1)
                PASS  High value / c2 is out (not member, version 1)
                2 tests: 2 passed, 0 failed
                """);

        saveVersion(HIGH_VALUE.replace("200", "1000"));
        CliRunner.Result failing = run("segment", "test", "-w", ws, "--segment", "High value", "--as-of", AS_OF);

        assertThat(failing.exitCode()).isEqualTo(Cli.CHECK_FAILED);
        assertThat(failing.out()).contains("FAIL  High value / big spender: expected member, was not member"
                + " (version 2, as of 2026-11-01T12:00:00Z)")
                .contains("      ✗ aov > 1000 [aov]: aov = 900")
                .endsWith("2 tests: 1 passed, 1 failed\n");
        JsonNode json = run("segment", "test", "-w", ws, "--as-of", AS_OF, "--json").json();
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        JsonNode failed = json.get("results").get(0);
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("actual").asText()).isEqualTo("not member");
        assertThat(failed.get("explanation").get("outcome").asBoolean()).isFalse();
        assertThat(json.get("results").get(1).has("explanation")).as("only failures are explained").isFalse();
    }

    @Test
    void testAddRefusesProfilesThatDoNotFitAndTestWithoutTestsSaysSo() throws IOException {
        String typo = file("typo.json", "{\"key\": \"t\", \"values\": {\"aovv\": 1}}");
        assertThat(run("segment", "test-add", "-w", ws, "--segment", "High value", "--name", "x", "--profile", typo,
                "--expect", "member").assertUserError().err()).contains("values.aovv: unknown attribute 'aovv'");
        run("segment", "test-add", "-w", ws, "--segment", "High value", "--name", "x", "--freeze", "nobody",
                "--expect", "member").assertUserError();
        CliRunner.Result none = run("segment", "test", "-w", ws).assertOk();
        assertThat(none.out()).isEqualTo("0 tests: 0 passed, 0 failed\n");
        assertThat(none.err()).contains("No test profiles in this workspace");
    }

    @Test
    void theAuditLogIsListedFilteredAndExportedAsCsv() {
        run("segment", "submit", "-w", ws, "--segment", "High value", "--user", "ana").assertOk();
        run("segment", "approve", "-w", ws, "--segment", "High value", "--user", "bo", "--comment", "ok").assertOk();

        String text = run("audit", "list", "-w", ws, "--actor", "bo").assertOk().out();
        assertThat(text).contains("  bo  segment.approved  segment High value  version 1: ok").hasLineCount(1);
        JsonNode json = run("audit", "list", "-w", ws, "--action", "segment.*", "--json").assertOk().json();
        assertThat(json).extracting(entry -> entry.get("action").asText())
                .containsExactly("segment.approved", "segment.submitted", "segment.created");
        String csv = run("audit", "list", "-w", ws, "--object-type", "segment", "--object", "High value",
                "--csv").assertOk().out();
        assertThat(csv).startsWith("occurred_at,actor,action,target_type,target,details\r\n").contains(",bo,segment.approved,segment,High value,version 1: ok\r\n");
        assertThat(run("audit", "list", "-w", ws, "--since", "2999-01-01T00:00:00Z").assertOk().out()).isEmpty();
        run("audit", "list", "-w", ws, "--object", "High value").assertUserError();
    }
}
