package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private AuditLog audit;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("audit"), ZoneId.of("UTC"));
        audit = workspace.audit();
        at("2026-01-01T09:00:00Z", "ana", "segment.created", "segment", "VIP", "version 1");
        at("2026-01-02T09:00:00Z", "ana", "segment.submitted", "segment", "VIP", "version 1");
        at("2026-01-03T09:00:00Z", "bo", "segment.approved", "segment", "VIP", "version 1: ok");
        at("2026-01-03T10:00:00Z", "bo", "segment.review_by_set", "segment", "Churn", "2026-06-30");
        at("2026-01-04T09:00:00Z", "cy", "import.completed", "import", "crm.csv", "7 rows");
        at("2026-01-05T09:00:00Z", "ana", "segmentXcreated", "segment", "Odd", "not a segment.* action");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** An entry at a given time: the log itself stamps entries with the database clock. */
    private void at(String when, String actor, String action, String type, String target, String details) {
        workspace.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (occurred_at, actor, action, target_type, target, details)
                        VALUES (:at, :actor, :action, :type, :target, :details)""")
                .bind("at", Instant.parse(when).atOffset(ZoneOffset.UTC))
                .bind("actor", actor).bind("action", action).bind("type", type).bind("target", target)
                .bind("details", details)
                .execute());
    }

    private List<String> actions(AuditLog.Query query) {
        return audit.query(query).stream().map(AuditLog.Entry::action).toList();
    }

    @Test
    void filtersByActorActionObjectAndTimeNewestFirst() {
        assertThat(actions(AuditLog.Query.all().byActor("bo")))
                .containsExactly("segment.review_by_set", "segment.approved");
        assertThat(actions(AuditLog.Query.all().byAction("segment.approved"))).containsExactly("segment.approved");
        assertThat(actions(AuditLog.Query.all().about("segment", "VIP")))
                .containsExactly("segment.approved", "segment.submitted", "segment.created");
        assertThat(actions(AuditLog.Query.all().about("import", null))).containsExactly("import.completed");
        assertThat(actions(AuditLog.Query.all().between(Instant.parse("2026-01-02T09:00:00Z"),
                Instant.parse("2026-01-03T10:00:00Z")))).containsExactly("segment.approved", "segment.submitted");
        assertThat(actions(AuditLog.Query.all().byActor("ana").about("segment", "VIP").limit(1)))
                .containsExactly("segment.submitted");
        assertThat(audit.query(AuditLog.Query.all())).hasSize(6);
    }

    @Test
    void anActionPrefixMatchesLiterallyNotAsAPattern() {
        assertThat(actions(AuditLog.Query.all().byAction("segment.*"))).containsExactly("segment.review_by_set",
                "segment.approved", "segment.submitted", "segment.created");
        assertThat(actions(AuditLog.Query.all().byAction("segment.review_*"))).containsExactly("segment.review_by_set");
        assertThat(actions(AuditLog.Query.all().byAction("%"))).isEmpty();
        assertThat(actions(AuditLog.Query.all().byActor("ana' OR '1'='1"))).isEmpty();
        assertThatThrownBy(() -> AuditLog.Query.all().limit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesAnyOfSeveralActionsAndPartOfTheObjectNameIgnoringCase() {
        at("2026-01-06T09:00:00Z", "bo", "segment.saved", "segment", "Lapsed vip_2", "version 2");

        assertThat(actions(AuditLog.Query.all().byActions(List.of("segment.created", "segment.review_*"))))
                .containsExactly("segment.review_by_set", "segment.created");
        assertThat(actions(AuditLog.Query.all().byActions(List.of()))).hasSize(7);
        assertThat(audit.query(AuditLog.Query.all().aboutNameContaining(" Vip ")))
                .extracting(AuditLog.Entry::target).containsExactly("Lapsed vip_2", "VIP", "VIP", "VIP");
        assertThat(actions(AuditLog.Query.all().aboutNameContaining("vip_").byActor("bo")))
                .containsExactly("segment.saved");
        assertThat(actions(AuditLog.Query.all().aboutNameContaining("p%2"))).as("wildcards are literal").isEmpty();
        assertThat(actions(AuditLog.Query.all().aboutNameContaining(" "))).hasSize(7);
    }

    @Test
    void listsEveryoneWhoHasAnEntry() {
        at("2026-01-06T09:00:00Z", "Ben", "segment.saved", "segment", "VIP", "version 2");

        assertThat(audit.actors()).containsExactly("ana", "Ben", "bo", "cy");
    }

    @Test
    void exportsCsvThatSpreadsheetsReadSafely() {
        at("2026-01-06T09:00:00Z", "=HYPERLINK(\"x\")", "segment.saved", "segment", "A, B", "line 1\nline \"2\"");
        StringBuilder csv = new StringBuilder();

        AuditCsv.write(audit.query(AuditLog.Query.all().limit(2)), csv);

        assertThat(csv.toString()).isEqualTo("occurred_at,actor,action,target_type,target,details\r\n"
                + "2026-01-06T09:00:00Z,\"'=HYPERLINK(\"\"x\"\")\",segment.saved,segment,\"A, B\","
                + "\"line 1\nline \"\"2\"\"\"\r\n"
                + "2026-01-05T09:00:00Z,ana,segmentXcreated,segment,Odd,not a segment.* action\r\n");
        assertThat(AuditCsv.field("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.field(null)).isEmpty();
    }
}
