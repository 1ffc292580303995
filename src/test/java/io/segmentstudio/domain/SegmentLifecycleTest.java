package io.segmentstudio.domain;

import static io.segmentstudio.domain.LifecycleAction.APPROVE;
import static io.segmentstudio.domain.LifecycleAction.ARCHIVE;
import static io.segmentstudio.domain.LifecycleAction.EDIT;
import static io.segmentstudio.domain.LifecycleAction.PUBLISH;
import static io.segmentstudio.domain.LifecycleAction.REJECT;
import static io.segmentstudio.domain.LifecycleAction.SUBMIT;
import static io.segmentstudio.domain.LifecycleAction.UNARCHIVE;
import static io.segmentstudio.domain.LifecycleAction.WITHDRAW;
import static io.segmentstudio.domain.SegmentStatus.APPROVED;
import static io.segmentstudio.domain.SegmentStatus.ARCHIVED;
import static io.segmentstudio.domain.SegmentStatus.DRAFT;
import static io.segmentstudio.domain.SegmentStatus.IN_REVIEW;
import static io.segmentstudio.domain.SegmentStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentLifecycleTest {
    private final SegmentLifecycle lifecycle = new SegmentLifecycle();

    private static SegmentLifecycle.Subject version(SegmentStatus status) {
        return new SegmentLifecycle.Subject("VIP", 3, status, "ana");
    }

    /** The whole table: which action each status allows (for a reviewer who is not the author). */
    @Test
    void everyStatusAllowsExactlyItsActions() {
        Map<SegmentStatus, Set<LifecycleAction>> expected = Map.of(
                DRAFT, EnumSet.of(EDIT, SUBMIT, ARCHIVE),
                IN_REVIEW, EnumSet.of(WITHDRAW, APPROVE, REJECT, ARCHIVE),
                APPROVED, EnumSet.of(EDIT, PUBLISH, ARCHIVE),
                PUBLISHED, EnumSet.of(EDIT, PUBLISH, ARCHIVE),
                ARCHIVED, EnumSet.of(UNARCHIVE));
        for (SegmentStatus status : SegmentStatus.values()) {
            assertThat(lifecycle.allowed(version(status), "bo")).as("%s", status)
                    .containsExactlyInAnyOrderElementsOf(expected.get(status));
        }
    }

    @Test
    void actionsLeadToTheirStatus() {
        assertThat(lifecycle.apply(version(DRAFT), SUBMIT, "ana", "")).isEqualTo(IN_REVIEW);
        assertThat(lifecycle.apply(version(IN_REVIEW), APPROVE, "bo", "looks right")).isEqualTo(APPROVED);
        assertThat(lifecycle.apply(version(IN_REVIEW), REJECT, "bo", "too broad")).isEqualTo(DRAFT);
        assertThat(lifecycle.apply(version(IN_REVIEW), WITHDRAW, "ana", null)).isEqualTo(DRAFT);
        assertThat(lifecycle.apply(version(APPROVED), PUBLISH, "ana", null)).isEqualTo(PUBLISHED);
        assertThat(lifecycle.apply(version(PUBLISHED), EDIT, "ana", null)).as("the new version").isEqualTo(DRAFT);
        assertThat(lifecycle.apply(version(PUBLISHED), ARCHIVE, "ana", null)).isEqualTo(ARCHIVED);
        assertThat(lifecycle.apply(version(ARCHIVED), UNARCHIVE, "ana", null)).isEqualTo(DRAFT);
    }

    @Test
    void anAuthorCannotApproveTheirOwnVersionWhateverTheCaseOrSpaces() {
        assertThat(lifecycle.allowed(version(IN_REVIEW), " Ana ")).doesNotContain(APPROVE).contains(REJECT);
        assertThatThrownBy(() -> lifecycle.apply(version(IN_REVIEW), APPROVE, "ANA", "fine"))
                .isInstanceOf(LifecycleException.class)
                .hasMessage("Cannot approve segment 'VIP' version 3 (In review): 'ANA' wrote this version and"
                        + " cannot approve it; another reviewer must");
    }

    @Test
    void reviewsNeedAReviewerAndAComment() {
        assertThatThrownBy(() -> lifecycle.apply(version(IN_REVIEW), APPROVE, "bo", "  "))
                .hasMessageEndingWith("a review needs a comment saying why");
        assertThatThrownBy(() -> lifecycle.apply(version(IN_REVIEW), REJECT, "bo", null))
                .hasMessageEndingWith("a review needs a comment saying why");
        assertThatThrownBy(() -> lifecycle.apply(version(IN_REVIEW), APPROVE, " ", "fine"))
                .hasMessageEndingWith("a user name is needed to record who did it");
    }

    @Test
    void refusalsNameSegmentVersionStatusAndWhy() {
        LifecycleException e = (LifecycleException) org.assertj.core.api.Assertions.catchThrowable(
                () -> lifecycle.apply(version(DRAFT), PUBLISH, "ana", null));
        assertThat(e).hasMessage("Cannot publish segment 'VIP' version 3 (Draft): only approved versions can be"
                + " published; submit it for review");
        assertThat(e.segment()).isEqualTo("VIP");
        assertThat(e.version()).isEqualTo(3);
        assertThat(e.status()).isEqualTo(DRAFT);
        assertThat(e.action()).isEqualTo(PUBLISH);
        assertThat(e.blockers()).isEmpty();
        assertThatThrownBy(() -> lifecycle.apply(version(IN_REVIEW), EDIT, "ana", null))
                .hasMessageEndingWith("it is in review; withdraw it or wait for the review before editing");
        assertThatThrownBy(() -> lifecycle.apply(version(ARCHIVED), EDIT, "ana", null))
                .hasMessageEndingWith("the segment is archived; unarchive it first");
        assertThatThrownBy(() -> lifecycle.apply(version(APPROVED), SUBMIT, "ana", null))
                .hasMessageEndingWith("it is already approved; edit it to start a new draft");
        assertThatThrownBy(() -> lifecycle.apply(version(ARCHIVED), ARCHIVE, "ana", null))
                .hasMessageEndingWith("it is already archived");
        assertThatThrownBy(() -> lifecycle.apply(version(DRAFT), APPROVE, "bo", "ok"))
                .hasMessageEndingWith("only a version in review can be reviewed; submit it for review first");
    }

    @Test
    void auditActionsAndKeysAreStable() {
        assertThat(APPROVE.auditAction()).isEqualTo("segment.approved");
        assertThat(EDIT.auditAction()).isEqualTo("segment.saved");
        assertThat(SUBMIT.key()).isEqualTo("submit");
        assertThat(SegmentLifecycle.sameUser("Ana", "ana ")).isTrue();
        assertThat(SegmentLifecycle.sameUser("Ana", null)).isFalse();
    }
}
