package io.segmentstudio.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.AuditLog.Entry;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The details each action writes, read back into sentences; details of another shape are kept as they are. */
class AuditSentencesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final AuditSentences sentences = new AuditSentences(TestFormats.us());

    private String say(String actor, String action, String type, String target, String details) {
        return sentences.sentence(new Entry(Instant.EPOCH, actor, action, type, target, details), BERLIN);
    }

    @Test
    void versionsAndCommentsOfTheLifecycle() {
        assertThat(say("ana", "segment.saved", "segment", "VIP", "version 4: wider (after version 3, Published)"))
                .isEqualTo("ana saved VIP v4: wider");
        assertThat(say("ana", "segment.restored", "segment", "VIP", "version 5: Restored version 2: 4 was wrong"))
                .isEqualTo("ana restored VIP v2 as v5: 4 was wrong");
        assertThat(say("ana", "segment.restored", "segment", "VIP", "version 5: Restored version 2"))
                .isEqualTo("ana restored VIP v2 as v5");
        assertThat(say("ana", "segment.withdrawn", "segment", "VIP", "version 3")).isEqualTo("ana withdrew VIP v3 from review");
        assertThat(say("bo", "segment.rejected", "segment", "VIP", "version 3: too broad"))
                .isEqualTo("bo rejected VIP v3: too broad");
        assertThat(say("ana", "segment.published", "segment", "VIP", "version 3 (replaces version 1, 2)"))
                .isEqualTo("ana published VIP v3, replacing v1, v2");
        assertThat(say("ana", "segment.published", "segment", "VIP", "version 1")).isEqualTo("ana published VIP v1");
        assertThat(say("cy", "segment.unarchived", "segment", "Old", "version 2: back in use"))
                .isEqualTo("cy unarchived Old: back in use");
    }

    @Test
    void testsReviewDatesAndTheWorkspace() {
        assertThat(say("ana", "segment.test_added", "segment", "VIP", "test 'gold is VIP' expects member (manual)"))
                .isEqualTo("ana added the test “gold is VIP” to VIP, expecting a member");
        assertThat(say("ana", "segment.test_changed", "segment", "VIP", "test 'gold is VIP' now expects not member"))
                .isEqualTo("ana changed the test “gold is VIP” of VIP to expect no member");
        assertThat(say("ana", "segment.test_removed", "segment", "VIP", "test 'gold is VIP'"))
                .isEqualTo("ana removed the test “gold is VIP” from VIP");
        assertThat(say("bo", "segment.review_by_set", "segment", "VIP", "2026-06-30"))
                .isEqualTo("bo asked for VIP to be reviewed by Jun 30, 2026");
        assertThat(say("bo", "segment.review_by_set", "segment", "VIP", "cleared"))
                .isEqualTo("bo cleared the review-by date of VIP");
        assertThat(say("bo", "workspace.naming_convention_set", "workspace", "segment names", "[A-Z]+ - .+ (TEAM - Purpose)"))
                .isEqualTo("bo set the segment naming convention: [A-Z]+ - .+ (TEAM - Purpose)");
        assertThat(say("cy", "import.csv", "import", "crm.csv", "import 7: 10 rows read, 9 imported, 1 rejected"))
                .isEqualTo("cy imported crm.csv: 10 rows read, 9 imported, 1 rejected");
        assertThat(say("bo", "priority_group.deleted", "priority_group", "Retention", ""))
                .isEqualTo("bo deleted the priority group Retention");
    }

    @Test
    void anythingElseIsToldPlainly() {
        assertThat(say("dee", "segment.tagged", "segment", "VIP", "seasonal")).isEqualTo("dee tagged VIP: seasonal");
        assertThat(say("dee", "segment.approved", "segment", "VIP", "by phone")).isEqualTo("dee approved VIP: by phone");
        assertThat(say("dee", "export.file", "destination", "s3", null)).isEqualTo("dee file destination · s3");
        assertThat(AuditSentences.label("segment.review_by_set")).isEqualTo("Review date");
        assertThat(AuditSentences.label("destination.synced_all")).isEqualTo("Synced all");
        assertThat(AuditKind.of("segment.test_removed")).isEqualTo(AuditKind.TESTS);
        assertThat(AuditKind.of("segment.evaluated")).isEqualTo(AuditKind.OTHER);
        assertThat(AuditKind.PRIORITY_GROUPS.styleClass()).isEqualTo("audit-kind-priority-groups");
    }
}
