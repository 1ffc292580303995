package io.segmentstudio.domain;

import java.util.Locale;

/** What a user can do to a segment version; {@link SegmentLifecycle} says when it is allowed. */
public enum LifecycleAction {
    /** Save a changed rule (or restore an old one): always a new version, a draft. */
    EDIT("edit", "segment.saved"),
    SUBMIT("submit for review", "segment.submitted"),
    /** Take a version back out of review, unchanged, to edit it further. */
    WITHDRAW("withdraw", "segment.withdrawn"),
    APPROVE("approve", "segment.approved"),
    REJECT("reject", "segment.rejected"),
    PUBLISH("publish", "segment.published"),
    ARCHIVE("archive", "segment.archived"),
    UNARCHIVE("unarchive", "segment.unarchived");

    private final String verb;
    private final String auditAction;

    LifecycleAction(String verb, String auditAction) {
        this.verb = verb;
        this.auditAction = auditAction;
    }

    /** For messages: "Cannot approve …". */
    public String verb() {
        return verb;
    }

    /** The action name in the audit log. */
    public String auditAction() {
        return auditAction;
    }

    /** The name scripts use: "approve", "submit", … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
