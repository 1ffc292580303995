package io.segmentstudio.ui.segments;

import io.segmentstudio.domain.SegmentSummary;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the catalog shows: every word of the search in the name, folder, tags, description or owner, and
 * the chosen folder, status, owner and overdue flag.
 *
 * @param folder      the folder to show, "" for segments without one, null for every folder
 * @param owner       the owner to show, null for anyone
 * @param overdueOnly only segments whose review-by day has passed
 */
public record CatalogFilter(String search, String folder, StatusFilter status, String owner, boolean overdueOnly) {
    public static final CatalogFilter NONE = new CatalogFilter("", null, StatusFilter.ACTIVE, null, false);

    public CatalogFilter {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        status = status == null ? StatusFilter.ACTIVE : status;
    }

    public Predicate<SegmentSummary> on(LocalDate today) {
        String[] words = search.isEmpty() ? new String[0] : search.split("\\s+");
        return segment -> (folder == null || folder.equals(segment.folder()))
                && status.accepts(segment.status())
                && (owner == null || owner.equalsIgnoreCase(segment.owner()))
                && (!overdueOnly || segment.reviewOverdue(today))
                && containsAll(haystack(segment), words);
    }

    private static String haystack(SegmentSummary segment) {
        return (segment.name() + ' ' + segment.folder() + ' ' + String.join(" ", segment.tags()) + ' '
                + segment.description() + ' ' + segment.owner()).toLowerCase(Locale.ROOT);
    }

    private static boolean containsAll(String haystack, String[] words) {
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
