package io.segmentstudio.workspace;

import io.segmentstudio.domain.ArchiveImpact;
import io.segmentstudio.domain.LifecycleAction;
import io.segmentstudio.domain.LifecycleException;
import io.segmentstudio.domain.SegmentLifecycle;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.RuleValidator;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Moves segment versions through their lifecycle — submit, withdraw, approve, reject, publish, archive,
 * unarchive — as {@link SegmentLifecycle} allows. Each action locks the segment, checks, writes the new
 * status and its audit entry in one transaction; a refusal is a {@link LifecycleException} that names
 * the segment, version, status and why.
 *
 * <p>All actions but publishing apply to the segment's current (newest) version. Publishing applies to
 * the newest approved version, which may be older than a draft being worked on.
 */
public final class SegmentWorkflow {
    private final Workspace workspace;
    private final SegmentLifecycle lifecycle = new SegmentLifecycle();

    SegmentWorkflow(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What this user may do with the segment's current version now (for enabling buttons). */
    public Set<LifecycleAction> allowedActions(String segment, String user) {
        return lifecycle.allowed(workspace.versions().current(segment).subject(), user);
    }

    /**
     * Submits the current draft for review.
     *
     * @throws LifecycleException when it is not a draft, or its rule is not valid (every problem named)
     */
    public SegmentVersion submit(String segment, String actor, String comment) {
        return transition(segment, LifecycleAction.SUBMIT, actor, comment, (handle, version) -> {
            requireValidRule(handle, version);
            handle.createUpdate("""
                            UPDATE segment_version SET submitted_by = :actor, submitted_at = CURRENT_TIMESTAMP
                            WHERE segment_id = :id AND version = :version""")
                    .bind("actor", actor.strip())
                    .bind("id", version.segmentId())
                    .bind("version", version.version())
                    .execute();
        });
    }

    /** Takes the current version back out of review, unchanged, as a draft. */
    public SegmentVersion withdraw(String segment, String actor, String comment) {
        return transition(segment, LifecycleAction.WITHDRAW, actor, comment, (handle, version) -> { });
    }

    /**
     * Approves the version in review.
     *
     * @throws LifecycleException without a comment, when the reviewer wrote the version, or when it is not in
     *                            review
     */
    public SegmentVersion approve(String segment, String reviewer, String comment) {
        return transition(segment, LifecycleAction.APPROVE, reviewer, comment, review(reviewer, comment));
    }

    /** Rejects the version in review: it returns to draft, with the reviewer's comment saying why. */
    public SegmentVersion reject(String segment, String reviewer, String comment) {
        return transition(segment, LifecycleAction.REJECT, reviewer, comment, review(reviewer, comment));
    }

    /**
     * The version publishing should send: the newest approved (or already published) one; empty when none
     * is approved or the segment is archived. The publish feature calls this before it sends anything.
     */
    public Optional<SegmentVersion> publishableVersion(String segment) {
        return workspace.jdbi().withHandle(handle -> {
            if (VersionRows.head(handle, segment).status() == SegmentStatus.ARCHIVED) {
                return Optional.empty();
            }
            return VersionRows.newestApproved(handle, segment);
        });
    }

    /**
     * Records that a version was published: it becomes the segment's one published version (one published
     * before goes back to approved).
     *
     * @throws LifecycleException when the version is not approved, or the segment is archived
     */
    public SegmentVersion markPublished(String segment, int version, String actor) {
        return workspace.jdbi().inTransaction(handle -> {
            VersionRows.lock(handle, segment);
            SegmentVersion head = VersionRows.head(handle, segment);
            SegmentVersion target = VersionRows.version(handle, segment, version);
            if (head.status() == SegmentStatus.ARCHIVED) {
                lifecycle.apply(head.subject(), LifecycleAction.PUBLISH, actor, null);
            }
            SegmentStatus next = lifecycle.apply(target.subject(), LifecycleAction.PUBLISH, actor, null);
            List<Integer> replaced = handle.createQuery("""
                            SELECT version FROM segment_version
                            WHERE segment_id = :id AND status = 'PUBLISHED' AND version <> :version""")
                    .bind("id", target.segmentId())
                    .bind("version", version)
                    .mapTo(Integer.class)
                    .list();
            replaced.forEach(old -> VersionRows.setStatus(handle, target.segmentId(), old, SegmentStatus.APPROVED));
            VersionRows.setStatus(handle, target.segmentId(), version, next);
            AuditLog.record(handle, actor, LifecycleAction.PUBLISH.auditAction(), "segment", segment,
                    "version " + version + (replaced.isEmpty() ? "" : " (replaces version "
                            + replaced.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
            return VersionRows.version(handle, segment, version);
        });
    }

    /** Which segments stop an archive: see {@link ArchiveImpact}. */
    public ArchiveImpact archiveImpact(String segment) {
        return new ArchiveCheck(workspace).impact(segment);
    }

    /**
     * Archives the segment.
     *
     * @throws LifecycleException when segments that are not archived reference it (listed in
     *                            {@link LifecycleException#blockers()}), or it is archived already
     */
    public SegmentVersion archive(String segment, String actor, String comment) {
        return transition(segment, LifecycleAction.ARCHIVE, actor, comment, (handle, version) -> {
            ArchiveImpact impact = archiveImpact(segment);
            if (impact.blocked()) {
                throw new LifecycleException(segment, version.version(), version.status(), LifecycleAction.ARCHIVE,
                        "segments reference it: " + String.join(", ", impact.referencedBy())
                                + "; change them first", impact.referencedBy());
            }
        });
    }

    /** Brings an archived segment back as a draft, to be reviewed again. */
    public SegmentVersion unarchive(String segment, String actor, String comment) {
        return transition(segment, LifecycleAction.UNARCHIVE, actor, comment, (handle, version) -> { });
    }

    /** Extra writes (and checks) of one action, inside its transaction, before the status changes. */
    @FunctionalInterface
    private interface Step {
        void run(Handle handle, SegmentVersion version);
    }

    private SegmentVersion transition(String segment, LifecycleAction action, String actor, String comment,
                                      Step step) {
        return workspace.jdbi().inTransaction(handle -> {
            VersionRows.lock(handle, segment);
            SegmentVersion head = VersionRows.head(handle, segment);
            SegmentStatus next = lifecycle.apply(head.subject(), action, actor, comment);
            step.run(handle, head);
            VersionRows.setStatus(handle, head.segmentId(), head.version(), next);
            AuditLog.record(handle, actor.strip(), action.auditAction(), "segment", segment,
                    SegmentVersions.details(head.version(), comment));
            return VersionRows.version(handle, segment, head.version());
        });
    }

    private static Step review(String reviewer, String comment) {
        return (handle, version) -> handle.createUpdate("""
                        UPDATE segment_version
                        SET reviewed_by = :reviewer, reviewed_at = CURRENT_TIMESTAMP, review_comment = :comment
                        WHERE segment_id = :id AND version = :version""")
                .bind("reviewer", reviewer.strip())
                .bind("comment", comment.strip())
                .bind("id", version.segmentId())
                .bind("version", version.version())
                .execute();
    }

    /** A reviewer should only ever see rules that run: unreadable or invalid ones stay drafts. */
    private void requireValidRule(Handle handle, SegmentVersion version) {
        RuleSchema schema = workspace.ruleSchema();
        String problems;
        try {
            Condition rule = new NativeRuleJson().readRule(
                    VersionRows.definition(handle, version.segmentId(), version.version()), schema);
            problems = new RuleValidator(schema, workspace.segments().resolver(schema)).validate(rule).stream()
                    .map(RuleProblem::toString).collect(Collectors.joining("; "));
        } catch (RuleFormatException e) {
            problems = e.getMessage();
        }
        if (!problems.isEmpty()) {
            throw new LifecycleException(version.segment(), version.version(), version.status(), LifecycleAction.SUBMIT,
                    "the rule is not valid: " + problems);
        }
    }
}
