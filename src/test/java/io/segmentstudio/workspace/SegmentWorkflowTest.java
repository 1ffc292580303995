package io.segmentstudio.workspace;

import static io.segmentstudio.workspace.Rules.aovAbove;
import static io.segmentstudio.workspace.Rules.memberOf;
import static io.segmentstudio.workspace.Rules.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.segmentstudio.domain.ArchiveImpact;
import io.segmentstudio.domain.LifecycleAction;
import io.segmentstudio.domain.LifecycleException;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.domain.SegmentVersion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentWorkflowTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private SegmentWorkflow workflow;

    @BeforeEach
    void open() {
        workspace = Rules.shop(dir);
        workflow = workspace.workflow();
        workspace.versions().create(segment("VIP", aovAbove(500)), "ana", "");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<AuditLog.Entry> audit(int n) {
        return workspace.audit().recent(n);
    }

    @Test
    void aDraftGoesThroughReviewToApprovedAndPublishedWithEveryStepAudited() {
        SegmentVersion submitted = workflow.submit("VIP", "ana", "ready");
        assertThat(submitted.status()).isEqualTo(SegmentStatus.IN_REVIEW);
        assertThat(submitted.submittedBy()).isEqualTo("ana");
        assertThat(submitted.submittedAt()).isNotNull();

        SegmentVersion approved = workflow.approve("VIP", " bo ", "numbers check out");
        assertThat(approved.status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo("bo");
        assertThat(approved.reviewComment()).isEqualTo("numbers check out");
        assertThat(approved.reviewedAt()).isNotNull();

        assertThat(workflow.markPublished("VIP", 1, "ana").status()).isEqualTo(SegmentStatus.PUBLISHED);
        assertThat(workspace.segments().find("VIP").orElseThrow().status()).isEqualTo(SegmentStatus.PUBLISHED);
        assertThat(audit(3)).extracting(AuditLog.Entry::actor, AuditLog.Entry::action, AuditLog.Entry::details)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "segment.published", "version 1"),
                        org.assertj.core.groups.Tuple.tuple("bo", "segment.approved", "version 1: numbers check out"),
                        org.assertj.core.groups.Tuple.tuple("ana", "segment.submitted", "version 1: ready"));
    }

    @Test
    void anAuthorCannotApproveTheirOwnVersionAndNothingIsWritten() {
        workflow.submit("VIP", "ana", "");
        LifecycleException refused = catchThrowableOfType(LifecycleException.class,
                () -> workflow.approve("VIP", "Ana", "looks good to me"));
        assertThat(refused).hasMessage("Cannot approve segment 'VIP' version 1 (In review): 'Ana' wrote this"
                + " version and cannot approve it; another reviewer must");
        assertThat(workspace.versions().current("VIP").status()).isEqualTo(SegmentStatus.IN_REVIEW);
        assertThat(workspace.versions().current("VIP").reviewedBy()).isNull();
        assertThat(audit(1).get(0).action()).isEqualTo("segment.submitted");
    }

    @Test
    void reviewsNeedAComment() {
        workflow.submit("VIP", "ana", "");
        assertThatThrownBy(() -> workflow.approve("VIP", "bo", " "))
                .hasMessageEndingWith("a review needs a comment saying why");
        assertThatThrownBy(() -> workflow.reject("VIP", "bo", null))
                .hasMessageEndingWith("a review needs a comment saying why");
    }

    @Test
    void rejectReturnsTheVersionToDraftWithTheReviewersReason() {
        workflow.submit("VIP", "ana", "");
        SegmentVersion rejected = workflow.reject("VIP", "bo", "500 is too high");
        assertThat(rejected.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(rejected.version()).isEqualTo(1);
        assertThat(rejected.reviewComment()).isEqualTo("500 is too high");
        assertThat(audit(1).get(0).action()).isEqualTo("segment.rejected");
        // the author fixes it in a new version and submits again
        workspace.versions().save("VIP", aovAbove(400), "ana", "lowered");
        assertThat(workflow.submit("VIP", "ana", "").version()).isEqualTo(2);
    }

    @Test
    void withdrawTakesAVersionOutOfReview() {
        workflow.submit("VIP", "ana", "");
        assertThat(workflow.withdraw("VIP", "ana", "one more change").status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(audit(1).get(0).action()).isEqualTo("segment.withdrawn");
    }

    @Test
    void onlyApprovedVersionsArePublished() {
        assertThat(workflow.publishableVersion("VIP")).isEmpty();
        assertThatThrownBy(() -> workflow.markPublished("VIP", 1, "ana"))
                .isInstanceOf(LifecycleException.class)
                .hasMessage("Cannot publish segment 'VIP' version 1 (Draft): only approved versions can be published;"
                        + " submit it for review");
        workflow.submit("VIP", "ana", "");
        assertThatThrownBy(() -> workflow.markPublished("VIP", 1, "ana"))
                .hasMessageEndingWith("only approved versions can be published; it is waiting for review");
        workflow.approve("VIP", "bo", "ok");
        assertThat(workflow.publishableVersion("VIP")).map(SegmentVersion::version).contains(1);
    }

    @Test
    void publishingANewerApprovedVersionLeavesOnePublishedVersion() {
        approveCurrent();
        workflow.markPublished("VIP", 1, "ana");
        workspace.versions().save("VIP", aovAbove(450), "ana", "");
        assertThat(workflow.publishableVersion("VIP")).map(SegmentVersion::version).as("while v2 is a draft")
                .contains(1);
        workflow.submit("VIP", "ana", "");
        workflow.approve("VIP", "bo", "ok");
        assertThat(workflow.publishableVersion("VIP")).map(SegmentVersion::version).contains(2);

        workflow.markPublished("VIP", 2, "ana");

        assertThat(workspace.versions().history("VIP")).extracting(SegmentVersion::status)
                .containsExactly(SegmentStatus.PUBLISHED, SegmentStatus.APPROVED);
        assertThat(audit(1).get(0).details()).isEqualTo("version 2 (replaces version 1)");
    }

    private void approveCurrent() {
        workflow.submit("VIP", "ana", "");
        workflow.approve("VIP", "bo", "ok");
    }

    @Test
    void submittingAnInvalidRuleIsRefusedWithItsProblems() {
        workspace.versions().save("VIP", """
                {"rule":{"type":"predicate","id":"p","attribute":"nope","operator":"equals","value":"x"}}
                """, "ana", "");
        assertThatThrownBy(() -> workflow.submit("VIP", "ana", ""))
                .isInstanceOf(LifecycleException.class)
                .hasMessageStartingWith("Cannot submit for review segment 'VIP' version 2 (Draft): the rule is not valid:")
                .hasMessageContaining("unknown attribute 'nope'");
    }

    @Test
    void archivingIsRefusedWhileOtherSegmentsReferenceIt() {
        workspace.versions().create(segment("German VIP", memberOf("VIP", "DE")), "ana", "");
        workspace.versions().create(segment("Berlin VIP", memberOf("German VIP", "DE")), "ana", "");

        ArchiveImpact impact = workflow.archiveImpact("VIP");
        assertThat(impact.referencedBy()).containsExactly("German VIP");
        assertThat(impact.affected()).containsExactly("Berlin VIP", "German VIP");
        LifecycleException refused = catchThrowableOfType(LifecycleException.class,
                () -> workflow.archive("VIP", "ana", "retired"));
        assertThat(refused).hasMessage("Cannot archive segment 'VIP' version 1 (Draft): segments reference it:"
                + " German VIP; change them first");
        assertThat(refused.blockers()).containsExactly("German VIP");
        assertThat(workspace.versions().current("VIP").status()).isEqualTo(SegmentStatus.DRAFT);

        // the referencing segment is changed, but its approved version still references VIP
        workflow.submit("German VIP", "ana", "");
        workflow.approve("German VIP", "bo", "ok");
        workspace.versions().save("German VIP", aovAbove(900), "ana", "no longer needs VIP");
        assertThat(workflow.archiveImpact("VIP").referencedBy()).containsExactly("German VIP");

        // archived segments do not block
        workflow.archive("Berlin VIP", "ana", "");
        workflow.archive("German VIP", "ana", "");
        assertThat(workflow.archiveImpact("VIP").blocked()).isFalse();
        assertThat(workflow.archive("VIP", "ana", "retired").status()).isEqualTo(SegmentStatus.ARCHIVED);
        assertThat(audit(1).get(0).action()).isEqualTo("segment.archived");
        assertThat(workflow.publishableVersion("German VIP")).as("archived").isEmpty();
    }

    @Test
    void anArchivedSegmentComesBackAsADraft() {
        approveCurrent();
        workflow.archive("VIP", "ana", "");
        assertThat(workflow.allowedActions("VIP", "bo")).containsExactly(LifecycleAction.UNARCHIVE);
        assertThatThrownBy(() -> workflow.markPublished("VIP", 1, "ana"))
                .hasMessageContaining("the segment is archived; unarchive it first");
        assertThat(workflow.unarchive("VIP", "ana", "needed again").status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(audit(1).get(0).action()).isEqualTo("segment.unarchived");
    }

    @Test
    void allowedActionsDependOnStatusAndUser() {
        assertThat(workflow.allowedActions("VIP", "ana"))
                .containsExactlyInAnyOrder(LifecycleAction.EDIT, LifecycleAction.SUBMIT, LifecycleAction.ARCHIVE);
        workflow.submit("VIP", "ana", "");
        assertThat(workflow.allowedActions("VIP", "ana")).doesNotContain(LifecycleAction.APPROVE);
        assertThat(workflow.allowedActions("VIP", "bo")).contains(LifecycleAction.APPROVE, LifecycleAction.REJECT);
    }

    @Test
    void reviewByDatesAreSetClearedAndOverdueOnesListed() {
        workspace.versions().create(segment("Lapsed", aovAbove(1)), "ana", "");
        workspace.versions().create(segment("Old", aovAbove(2)), "ana", "");
        workspace.segments().setReviewBy("VIP", LocalDate.of(2026, 1, 31), "ana");
        workspace.segments().setReviewBy("Lapsed", LocalDate.of(2026, 3, 1), "ana");
        workspace.segments().setReviewBy("Old", LocalDate.of(2025, 12, 1), "ana");
        workflow.archive("Old", "ana", "");

        LocalDate today = LocalDate.of(2026, 2, 1);
        assertThat(workspace.segments().overdue(today)).extracting(SegmentSummary::name).containsExactly("VIP");
        assertThat(workspace.segments().find("VIP").orElseThrow().reviewBy()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(workspace.segments().overdue(LocalDate.of(2026, 3, 2))).extracting(SegmentSummary::name)
                .containsExactly("VIP", "Lapsed");

        workspace.segments().setReviewBy("VIP", null, "ana");
        assertThat(workspace.segments().overdue(today)).isEmpty();
        assertThat(audit(1).get(0).details()).isEqualTo("cleared");
        assertThatThrownBy(() -> workspace.segments().setReviewBy("Nope", today, "ana"))
                .hasMessage("No segment named 'Nope'");
    }

    @Test
    void unknownSegmentsAreNamed() {
        assertThatThrownBy(() -> workflow.submit("Nope", "ana", "")).hasMessage("No segment named 'Nope'");
        assertThatThrownBy(() -> workflow.archiveImpact("Nope")).hasMessage("No segment named 'Nope'");
    }
}
