package io.segmentstudio.ui.audit;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of action a team thinks in, each a set of audit actions (exact, or a prefix ending in '*').
 * The kind filter offers all but {@link #OTHER}; the chart stacks every kind, in this order, so each
 * kind keeps its chart colour and the chips in the table show the same colour.
 */
public enum AuditKind {
    EDITS("Edits", List.of("segment.created", "segment.saved", "segment.restored", "segment.details_changed")),
    REVIEWS("Reviews", List.of("segment.submitted", "segment.withdrawn", "segment.approved", "segment.rejected")),
    PUBLISHING("Publishing", List.of("segment.published")),
    ARCHIVING("Archiving", List.of("segment.archived", "segment.unarchived")),
    TESTS("Tests", List.of("segment.test_*")),
    PRIORITY_GROUPS("Priority groups", List.of("priority_group.*")),
    SETTINGS("Workspace settings", List.of("workspace.*")),
    /** Everything else: evaluations, imports, review-by dates, sample data. */
    OTHER("Other", List.of());

    private final String label;
    private final List<String> actions;

    AuditKind(String label, List<String> actions) {
        this.label = label;
        this.actions = actions;
    }

    public String label() {
        return label;
    }

    /** The action patterns of an {@code AuditLog.Query}. */
    public List<String> actions() {
        return actions;
    }

    /** The kind an action belongs to; {@link #OTHER} when no kind names it. */
    public static AuditKind of(String action) {
        for (AuditKind kind : values()) {
            for (String pattern : kind.actions) {
                boolean prefix = pattern.endsWith("*");
                if (prefix ? action.startsWith(pattern.substring(0, pattern.length() - 1)) : action.equals(pattern)) {
                    return kind;
                }
            }
        }
        return OTHER;
    }

    /** Style class of its colour: "audit-kind-priority-groups". */
    public String styleClass() {
        return "audit-kind-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
