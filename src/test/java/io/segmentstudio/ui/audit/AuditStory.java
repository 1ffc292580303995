package io.segmentstudio.ui.audit;

import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import io.segmentstudio.workspace.Workspace;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A week of a team's work on a workspace, told through the real lifecycle API, then moved to known days
 * (the log stamps entries with the database clock): ana edits VIP and submits it, bo approves it, cy
 * archives Churn risk, bo groups the VIP segments.
 */
final class AuditStory {
    /** When each step happened, in the workspace's zone; the third is past midnight, the day after the second. */
    static final List<LocalDateTime> TIMES = List.of(
            LocalDateTime.parse("2025-06-02T09:00"),
            LocalDateTime.parse("2025-06-03T23:30"),
            LocalDateTime.parse("2025-06-04T00:30"),
            LocalDateTime.parse("2025-06-05T10:00"),
            LocalDateTime.parse("2025-06-05T11:00"),
            LocalDateTime.parse("2025-06-06T09:00"),
            LocalDateTime.parse("2025-06-09T16:00"),
            LocalDateTime.parse("2025-06-10T08:00"));

    private AuditStory() {
    }

    /** @param attribute a decimal attribute of the workspace the rules compare */
    static void tell(Workspace workspace, String attribute) {
        tell(workspace, attribute, "");
    }

    /** @param prefix starts every name, to keep clear of segments the workspace already has ("Team VIP") */
    static void tell(Workspace workspace, String attribute, String prefix) {
        long before = lastEntry(workspace);
        String vip = prefix + "VIP";
        String lapsed = prefix + "Lapsed VIP";
        String churn = prefix + "Churn risk";
        workspace.versions().create(segment(vip, rule(attribute, 500)), "ana", "first cut");
        workspace.versions().save(vip, rule(attribute, 800), "ana", "stricter");
        workspace.workflow().submit(vip, "ana", "ready");
        workspace.workflow().approve(vip, "bo", "looks right");
        workspace.versions().create(segment(lapsed, rule(attribute, 300)), "ana", "");
        workspace.versions().create(segment(churn, rule(attribute, 10)), "cy", "");
        workspace.workflow().archive(churn, "cy", "not needed");
        workspace.priorityGroups().create(prefix + "Retention", "one offer each", List.of(vip, lapsed), "bo");
        moveToKnownDays(workspace, before, workspace.timeZone());
    }

    private static long lastEntry(Workspace workspace) {
        return workspace.jdbi().withHandle(handle -> handle.createQuery("SELECT COALESCE(MAX(audit_id), 0) FROM audit_log")
                .mapTo(Long.class).one());
    }

    private static void moveToKnownDays(Workspace workspace, long after, ZoneId zone) {
        List<Long> ids = workspace.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT audit_id FROM audit_log WHERE audit_id > :after ORDER BY audit_id")
                .bind("after", after).mapTo(Long.class).list());
        if (ids.size() != TIMES.size()) {
            throw new IllegalStateException("The story wrote " + ids.size() + " entries, not " + TIMES.size());
        }
        workspace.jdbi().useTransaction(handle -> {
            for (int i = 0; i < ids.size(); i++) {
                handle.createUpdate("UPDATE audit_log SET occurred_at = :at WHERE audit_id = :id")
                        .bind("at", TIMES.get(i).atZone(zone).toInstant().atOffset(ZoneOffset.UTC))
                        .bind("id", ids.get(i))
                        .execute();
            }
        });
    }

    private static NewSegment segment(String name, String definition) {
        return new NewSegment(name, "", "", List.of(), definition);
    }

    private static String rule(String attribute, int above) {
        return """
                {"rule":{"type":"group","id":"root","combinator":"and","children":[
                  {"type":"predicate","id":"n1","attribute":"%s","operator":"greater_than","value":%d}]}}
                """.formatted(attribute, above);
    }
}
