package io.segmentstudio.engine.diff;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Plain text of a diff, one line per node, e.g.
 * <pre>
 * ~ n2 aov &gt; 250: value 200 → 250
 * + n5 city = "Berlin" (in n1 #3)
 * - n3 purchase events at least 1 ever (was in n1 #2)
 * </pre>
 */
public final class DiffRenderer {
    public String render(RuleDiff diff) {
        if (diff.isEmpty()) {
            return "no changes\n";
        }
        StringBuilder text = new StringBuilder();
        for (NodeChange change : diff.changes()) {
            switch (change.kind()) {
                case ADDED -> text.append("+ ").append(change.nodeId()).append(' ')
                        .append(NodeText.describe(change.after())).append(place(" (in ", change.placeAfter()));
                case REMOVED -> text.append("- ").append(change.nodeId()).append(' ')
                        .append(NodeText.describe(change.before())).append(place(" (was in ", change.placeBefore()));
                case CHANGED -> text.append("~ ").append(change.nodeId()).append(' ')
                        .append(NodeText.describe(change.after())).append(": ")
                        .append(change.fields().stream()
                                .map(f -> f.field().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                                        + f.before() + " → " + f.after())
                                .collect(Collectors.joining("; ")));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String place(String prefix, NodePlace place) {
        return place.isRoot() ? " (root)" : prefix + place.parentId() + " #" + (place.index() + 1) + ")";
    }
}
