package io.segmentstudio.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle rules of segment versions, in one place: Draft → In review → Approved → Published →
 * Archived.
 * <ul>
 *   <li>Only a draft is submitted; a version in review is approved, rejected (back to draft) or withdrawn
 *       (back to draft). Approving and rejecting need a reviewer and a comment; the author of a version
 *       cannot approve it.</li>
 *   <li>Editing a draft, an approved or a published version saves a new draft version; the approved one
 *       keeps its status (it stays what is published). A version in review or an archived segment is not
 *       edited.</li>
 *   <li>Only approved (or already published) versions are published.</li>
 *   <li>Any segment can be archived (the workspace checks first that nothing references it); unarchiving
 *       returns it to draft, to be reviewed again.</li>
 * </ul>
 * Pure: the workspace reads the version, asks here, then writes the result with its audit entry.
 */
public final class SegmentLifecycle {
    /** The version an action applies to. */
    public record Subject(String segment, int version, SegmentStatus status, String author) {
    }

    /**
     * The status the subject's version has after the action — for {@link LifecycleAction#EDIT}, the status
     * of the new version it saves (always draft; the subject keeps its own).
     *
     * @throws LifecycleException naming the segment, version, status and why, when not allowed
     */
    public SegmentStatus apply(Subject subject, LifecycleAction action, String actor, String comment) {
        Optional<String> refusal = refusal(subject, action, actor, comment);
        if (refusal.isPresent()) {
            throw new LifecycleException(subject.segment(), subject.version(), subject.status(), action,
                    refusal.get());
        }
        return target(action);
    }

    /**
     * The actions this user may take on the version now, for enabling buttons. Approve and reject are
     * listed when they would be allowed with a comment; archive does not look at references here.
     */
    public Set<LifecycleAction> allowed(Subject subject, String actor) {
        Set<LifecycleAction> actions = EnumSet.noneOf(LifecycleAction.class);
        for (LifecycleAction action : LifecycleAction.values()) {
            if (refusal(subject, action, actor, "comment").isEmpty()) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Why the action is not allowed, or empty when it is. */
    public Optional<String> refusal(Subject subject, LifecycleAction action, String actor, String comment) {
        if (blank(actor)) {
            return Optional.of("a user name is needed to record who did it");
        }
        Optional<String> fromStatus = statusRefusal(subject.status(), action);
        if (fromStatus.isPresent()) {
            return fromStatus;
        }
        if (action == LifecycleAction.APPROVE || action == LifecycleAction.REJECT) {
            if (blank(comment)) {
                return Optional.of("a review needs a comment saying why");
            }
            if (action == LifecycleAction.APPROVE && sameUser(actor, subject.author())) {
                return Optional.of("'" + actor.strip() + "' wrote this version and cannot approve it;"
                        + " another reviewer must");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> statusRefusal(SegmentStatus status, LifecycleAction action) {
        if (status == SegmentStatus.ARCHIVED && action != LifecycleAction.UNARCHIVE
                && action != LifecycleAction.ARCHIVE) {
            return Optional.of("the segment is archived; unarchive it first");
        }
        boolean allowed = switch (action) {
            case EDIT -> status != SegmentStatus.IN_REVIEW;
            case SUBMIT -> status == SegmentStatus.DRAFT;
            case WITHDRAW, APPROVE, REJECT -> status == SegmentStatus.IN_REVIEW;
            case PUBLISH -> status == SegmentStatus.APPROVED || status == SegmentStatus.PUBLISHED;
            case ARCHIVE -> status != SegmentStatus.ARCHIVED;
            case UNARCHIVE -> status == SegmentStatus.ARCHIVED;
        };
        return allowed ? Optional.empty() : Optional.of(statusReason(status, action));
    }

    private static String statusReason(SegmentStatus status, LifecycleAction action) {
        return switch (action) {
            case EDIT -> "it is in review; withdraw it or wait for the review before editing";
            case SUBMIT -> status == SegmentStatus.IN_REVIEW ? "it is already in review"
                    : "it is already approved; edit it to start a new draft";
            case WITHDRAW, APPROVE, REJECT -> "only a version in review can be " + (action == LifecycleAction.WITHDRAW
                    ? "withdrawn" : "reviewed") + "; submit it for review first";
            case PUBLISH -> "only approved versions can be published"
                    + (status == SegmentStatus.IN_REVIEW ? "; it is waiting for review" : "; submit it for review");
            case ARCHIVE -> "it is already archived";
            case UNARCHIVE -> "it is not archived";
        };
    }

    private static SegmentStatus target(LifecycleAction action) {
        return switch (action) {
            case EDIT, WITHDRAW, REJECT, UNARCHIVE -> SegmentStatus.DRAFT;
            case SUBMIT -> SegmentStatus.IN_REVIEW;
            case APPROVE -> SegmentStatus.APPROVED;
            case PUBLISH -> SegmentStatus.PUBLISHED;
            case ARCHIVE -> SegmentStatus.ARCHIVED;
        };
    }

    /** User names are compared as people write them: "Ana " and "ana" are the same person. */
    public static boolean sameUser(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
