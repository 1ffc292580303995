package io.segmentstudio.workspace;

import static io.segmentstudio.workspace.Rules.aovAbove;
import static io.segmentstudio.workspace.Rules.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.LifecycleException;
import io.segmentstudio.domain.NamingConvention;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.engine.diff.ChangeKind;
import io.segmentstudio.engine.diff.ChangedField;
import io.segmentstudio.engine.diff.RuleDiff;
import io.segmentstudio.engine.format.RuleFormatException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentVersionsTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private SegmentVersions versions;

    @BeforeEach
    void open() {
        workspace = Rules.shop(dir);
        versions = workspace.versions();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everySaveIsAVersionWithAuthorCommentAndTime() {
        SegmentVersions.Saved first = versions.create(segment("High value", aovAbove(200)), "ana", "first cut");
        SegmentVersions.Saved second = versions.save("High value", aovAbove(250), "bo", "  stricter  ");

        assertThat(first.version().version()).isEqualTo(1);
        assertThat(second.version().version()).isEqualTo(2);
        List<SegmentVersion> history = versions.history("High value");
        assertThat(history).extracting(SegmentVersion::version, SegmentVersion::author, SegmentVersion::comment,
                        SegmentVersion::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "bo", "stricter", SegmentStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(1, "ana", "first cut", SegmentStatus.DRAFT));
        assertThat(history).allSatisfy(v -> assertThat(v.createdAt()).isNotNull());
        assertThat(versions.current("High value").version()).isEqualTo(2);
        assertThat(versions.definition("High value", 1)).contains("200");
        assertThat(workspace.segments().find("High value").orElseThrow().currentVersion()).isEqualTo(2);
        assertThat(workspace.audit().recent(10)).extracting(AuditLog.Entry::action)
                .containsSubsequence("segment.saved", "segment.created");
    }

    @Test
    void savingAnApprovedSegmentStartsANewDraftAndTheApprovedOneStaysWhatIsPublished() {
        versions.create(segment("High value", aovAbove(200)), "ana", "");
        workspace.workflow().submit("High value", "ana", "");
        workspace.workflow().approve("High value", "bo", "checked the numbers");
        workspace.workflow().markPublished("High value", 1, "ana");

        SegmentVersions.Saved draft = versions.save("High value", aovAbove(300), "ana", "try 300");

        assertThat(draft.version().status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(versions.version("High value", 1).status()).isEqualTo(SegmentStatus.PUBLISHED);
        assertThat(workspace.workflow().publishableVersion("High value")).map(SegmentVersion::version).contains(1);
        SegmentSummary summary = workspace.segments().find("High value").orElseThrow();
        assertThat(summary.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(summary.currentVersion()).isEqualTo(2);
        assertThat(summary.approvedVersion()).isEqualTo(1);
    }

    @Test
    void aVersionInReviewOrAnArchivedSegmentIsNotEdited() {
        versions.create(segment("High value", aovAbove(200)), "ana", "");
        workspace.workflow().submit("High value", "ana", "");
        assertThatThrownBy(() -> versions.save("High value", aovAbove(1), "ana", ""))
                .isInstanceOf(LifecycleException.class)
                .hasMessage("Cannot edit segment 'High value' version 1 (In review): it is in review; withdraw it or"
                        + " wait for the review before editing");
        workspace.workflow().archive("High value", "ana", "");
        assertThatThrownBy(() -> versions.restore("High value", 1, "ana", ""))
                .hasMessageContaining("the segment is archived; unarchive it first");
        assertThat(versions.history("High value")).hasSize(1);
    }

    @Test
    void restoringAnOldVersionSavesItAgainAsANewDraft() {
        versions.create(segment("High value", aovAbove(200)), "ana", "");
        versions.save("High value", aovAbove(300), "ana", "");

        SegmentVersions.Saved restored = versions.restore("High value", 1, "bo", "300 was too strict");

        assertThat(restored.version().version()).isEqualTo(3);
        assertThat(restored.version().restoredFrom()).isEqualTo(1);
        assertThat(restored.version().comment()).isEqualTo("Restored version 1: 300 was too strict");
        assertThat(versions.definition("High value", 3)).isEqualTo(versions.definition("High value", 1));
        assertThat(versions.version("High value", 2).restoredFrom()).isZero();
        assertThat(versions.diff("High value", 1, 3).isEmpty()).isTrue();
        assertThat(workspace.audit().recent(1).get(0).action()).isEqualTo("segment.restored");
    }

    @Test
    void theDiffOfTwoVersionsNamesTheChangedNodeAndField() {
        versions.create(segment("High value", aovAbove(200)), "ana", "");
        versions.save("High value", aovAbove(250), "ana", "");

        RuleDiff diff = versions.diff("High value", 1, 2);

        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.nodeId()).isEqualTo("n1");
            assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
            assertThat(change.changedFields()).containsExactly(ChangedField.VALUE);
            assertThat(change.fields().get(0).before()).isEqualTo("200");
            assertThat(change.fields().get(0).after()).isEqualTo("250");
        });
    }

    @Test
    void savesWarnAboutTheNamingConventionAndRuleProblemsButStillSave() {
        workspace.naming().set(new NamingConvention("[A-Z]+ - .+", "TEAM - Purpose"), "admin");

        SegmentVersions.Saved saved = versions.create(segment("high value", """
                {"rule":{"type":"predicate","id":"p","attribute":"countri","operator":"equals","value":"DE"}}
                """), "ana", "");
        SegmentVersions.Saved fine = versions.create(segment("CRM - Winback", aovAbove(1)), "ana", "");

        assertThat(saved.warnings()).containsExactly("'high value' does not follow the naming convention"
                + " TEAM - Purpose (pattern [A-Z]+ - .+)");
        assertThat(saved.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.nodeId()).isEqualTo("p");
            assertThat(problem.message()).contains("unknown attribute 'countri'");
        });
        assertThat(fine.warnings()).isEmpty();
        assertThat(fine.problems()).isEmpty();
        assertThat(workspace.segments().count()).isEqualTo(2);
    }

    @Test
    void unreadableRulesAndUnknownSegmentsOrVersionsAreClearErrors() {
        versions.create(segment("High value", aovAbove(200)), "ana", "");
        assertThatThrownBy(() -> versions.save("High value", "{\"rule\": [", "ana", ""))
                .isInstanceOf(RuleFormatException.class);
        assertThatThrownBy(() -> versions.save("Nope", aovAbove(1), "ana", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No segment named 'Nope'");
        assertThatThrownBy(() -> versions.version("High value", 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Segment 'High value' has no version 7");
        assertThatThrownBy(() -> versions.history("Nope")).hasMessage("No segment named 'Nope'");
        assertThat(versions.history("High value")).hasSize(1);
    }

    @Test
    void theNamingConventionLivesInTheWorkspaceAndIsAudited() {
        assertThat(workspace.naming().current()).isEmpty();
        assertThat(workspace.naming().check("anything")).isEmpty();
        workspace.naming().set(new NamingConvention("\\w+", ""), "admin");
        assertThat(workspace.naming().current()).get().extracting(NamingConvention::regex).isEqualTo("\\w+");
        assertThat(workspace.naming().check("two words")).singleElement().asString()
                .isEqualTo("'two words' does not follow the naming convention (pattern \\w+)");
        workspace.naming().clear("admin");
        assertThat(workspace.naming().current()).isEmpty();
        assertThat(workspace.audit().recent(2)).extracting(AuditLog.Entry::action)
                .containsExactly("workspace.naming_convention_cleared", "workspace.naming_convention_set");
        assertThatThrownBy(() -> new NamingConvention("[a-", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'[a-' is not a valid naming pattern: ");
    }
}
