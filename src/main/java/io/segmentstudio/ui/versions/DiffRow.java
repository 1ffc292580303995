package io.segmentstudio.ui.versions;

import io.segmentstudio.engine.diff.FieldChange;
import java.util.List;
import java.util.Objects;

/**
 * One node of the merged tree of two versions, as the diff draws it.
 *
 * @param depth  how deep it sits: 0 for the root
 * @param kind   group, predicate, event or segment, as {@link io.segmentstudio.engine.diff.NodeText#kind} names it
 * @param text   the node in words ("average_order_value > 300"), as it is in the newer version (the older one
 *               when removed)
 * @param fields what changed about the node itself, for {@link Mark#CHANGED}; place changes are in {@code moved}
 * @param moved  where it was before ("moved from position 2"), or "" when it stayed
 */
public record DiffRow(String nodeId, int depth, String kind, Mark mark, String text, List<FieldChange> fields,
                      String moved) {
    /** How the node differs; a node that changed and moved is CHANGED with {@code moved} set. */
    public enum Mark { SAME, ADDED, REMOVED, CHANGED, MOVED }

    public DiffRow {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(text, "text");
        fields = List.copyOf(fields);
        moved = moved == null ? "" : moved;
    }
}
