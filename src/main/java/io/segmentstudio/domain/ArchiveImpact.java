package io.segmentstudio.domain;

import java.util.List;

/**
 * What archiving a segment would break.
 *
 * @param referencedBy segments (not archived) whose current or approved rule references it directly: they
 *                     block the archive until changed
 * @param affected     every segment that depends on it, directly or through others, sorted by name
 */
public record ArchiveImpact(String segment, List<String> referencedBy, List<String> affected) {
    public ArchiveImpact {
        referencedBy = List.copyOf(referencedBy);
        affected = List.copyOf(affected);
    }

    public boolean blocked() {
        return !referencedBy.isEmpty();
    }
}
