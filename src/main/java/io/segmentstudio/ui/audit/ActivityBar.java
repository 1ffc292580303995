package io.segmentstudio.ui.audit;

import java.time.LocalDate;
import java.util.Map;

/**
 * One bar of the activity chart: the entries of a day (or of a month, over long ranges) by kind.
 *
 * @param label axis label ("Jun 3", or "Jun '25" for a month)
 * @param name  the whole period in words, for tooltips ("Jun 3, 2025")
 * @param first first day of the period, in the workspace time zone
 * @param last  last day of the period
 */
public record ActivityBar(String label, String name, LocalDate first, LocalDate last, Map<AuditKind, Integer> counts) {
    public ActivityBar {
        counts = Map.copyOf(counts);
    }

    public int count(AuditKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
