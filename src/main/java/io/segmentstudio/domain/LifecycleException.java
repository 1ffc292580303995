package io.segmentstudio.domain;

import java.util.List;

/**
 * A lifecycle action that is not allowed now. The message names the segment, the version, its status
 * and why, e.g. "Cannot approve segment 'VIP' version 3 (In review): its author cannot approve it".
 */
public class LifecycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String segment;
    private final int version;
    private final SegmentStatus status;
    private final LifecycleAction action;
    private final List<String> blockers;

    public LifecycleException(String segment, int version, SegmentStatus status, LifecycleAction action,
                              String reason) {
        this(segment, version, status, action, reason, List.of());
    }

    /** @param blockers segments that must change first (an archive that other segments reference) */
    public LifecycleException(String segment, int version, SegmentStatus status, LifecycleAction action,
                              String reason, List<String> blockers) {
        super("Cannot " + action.verb() + " segment '" + segment + "' version " + version + " (" + status.label()
                + "): " + reason);
        this.segment = segment;
        this.version = version;
        this.status = status;
        this.action = action;
        this.blockers = List.copyOf(blockers);
    }

    public String segment() {
        return segment;
    }

    public int version() {
        return version;
    }

    public SegmentStatus status() {
        return status;
    }

    public LifecycleAction action() {
        return action;
    }

    /** Segments that block the action, by name; empty for other refusals. */
    public List<String> blockers() {
        return blockers;
    }
}
