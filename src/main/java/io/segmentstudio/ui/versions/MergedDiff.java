package io.segmentstudio.ui.versions;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.engine.diff.ChangeKind;
import io.segmentstudio.engine.diff.ChangedField;
import io.segmentstudio.engine.diff.FieldChange;
import io.segmentstudio.engine.diff.NodeChange;
import io.segmentstudio.engine.diff.NodePlace;
import io.segmentstudio.engine.diff.NodeText;
import io.segmentstudio.engine.diff.RuleDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Two versions of a rule as one tree, row by row: the newer tree in its order, with each removed node put
 * back among the siblings it stood with (a narrow pane has no room for two trees side by side).
 */
final class MergedDiff {
    private static final Set<ChangedField> PLACE = Set.of(ChangedField.PARENT, ChangedField.POSITION);
    private final RuleDiff diff;
    private final Map<String, Condition> olderNodes = new HashMap<>();
    private final Map<String, Condition> newerNodes = new HashMap<>();
    private final List<DiffRow> rows = new ArrayList<>();

    private MergedDiff(Condition older, Condition newer, RuleDiff diff) {
        this.diff = diff;
        index(older, olderNodes);
        index(newer, newerNodes);
    }

    /** The rows of the merged tree in reading order; {@code diff} must compare {@code older} with {@code newer}. */
    static List<DiffRow> rows(Condition older, Condition newer, RuleDiff diff) {
        MergedDiff merged = new MergedDiff(older, newer, diff);
        merged.present(newer, 0);
        if (!merged.newerNodes.containsKey(older.id())) {
            merged.removed(older, 0); // a new root: the old one and what only it held are gone
        }
        return List.copyOf(merged.rows);
    }

    /** "2 added · 1 removed · 1 changed", "" when nothing differs. */
    static String summary(List<DiffRow> rows) {
        List<String> parts = new ArrayList<>();
        for (DiffRow.Mark mark : List.of(DiffRow.Mark.ADDED, DiffRow.Mark.REMOVED, DiffRow.Mark.CHANGED,
                DiffRow.Mark.MOVED)) {
            long count = rows.stream().filter(row -> row.mark() == mark).count();
            if (count > 0) {
                parts.add(count + " " + mark.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" · ", parts);
    }

    /** The name of a changed field as a person says it: "value", "text options". */
    static String fieldName(ChangedField field) {
        return switch (field) {
            case DISABLED -> "state";
            case NEGATION -> "negation";
            case EVENT_TYPE -> "event";
            default -> field.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private void present(Condition node, int depth) {
        NodeChange change = diff.change(node.id()).orElse(null);
        List<FieldChange> fields = change == null ? List.of()
                : change.fields().stream().filter(field -> !PLACE.contains(field.field()))
                        .map(field -> readable(field, change)).toList();
        DiffRow.Mark mark = change == null ? DiffRow.Mark.SAME
                : change.kind() == ChangeKind.ADDED ? DiffRow.Mark.ADDED
                : !fields.isEmpty() ? DiffRow.Mark.CHANGED : DiffRow.Mark.MOVED;
        rows.add(new DiffRow(node.id(), depth, NodeText.kind(node), mark, text(node), fields,
                change == null ? "" : moved(change)));
        for (Condition child : withRemoved(node.id(), children(node))) {
            if (newerNodes.containsKey(child.id())) {
                present(child, depth + 1);
            } else {
                removed(child, depth + 1);
            }
        }
    }

    /** Operators as the builder shows them ("≥"), not as the rule JSON names them ("greater_or_equal"). */
    private static FieldChange readable(FieldChange field, NodeChange change) {
        if (field.field() == ChangedField.OPERATOR && change.before() instanceof Predicate before
                && change.after() instanceof Predicate after) {
            return new FieldChange(field.field(), before.operator().label(), after.operator().label());
        }
        return field;
    }

    /** A removed node and what of its old subtree is gone too; children that moved away show at their new place. */
    private void removed(Condition node, int depth) {
        rows.add(new DiffRow(node.id(), depth, NodeText.kind(node), DiffRow.Mark.REMOVED, text(node), List.of(),
                ""));
        for (Condition child : children(node)) {
            if (!newerNodes.containsKey(child.id())) {
                removed(child, depth + 1);
            }
        }
    }

    /** The node's children now, with its removed ones each put right after the old sibling it followed. */
    private List<Condition> withRemoved(String parentId, List<? extends Condition> now) {
        List<Condition> merged = new ArrayList<>(now);
        Condition before = olderNodes.get(parentId);
        if (before == null) {
            return merged;
        }
        List<? extends Condition> old = children(before);
        for (int i = 0; i < old.size(); i++) {
            if (newerNodes.containsKey(old.get(i).id())) {
                continue;
            }
            merged.add(insertionPoint(merged, old, i), old.get(i));
        }
        return merged;
    }

    private static int insertionPoint(List<Condition> merged, List<? extends Condition> old, int index) {
        for (int j = index - 1; j >= 0; j--) {
            String previous = old.get(j).id();
            for (int k = 0; k < merged.size(); k++) {
                if (merged.get(k).id().equals(previous)) {
                    return k + 1;
                }
            }
        }
        return 0;
    }

    private String moved(NodeChange change) {
        for (FieldChange field : change.fields()) {
            if (field.field() == ChangedField.PARENT) {
                return "moved here from " + parentText(change.placeBefore());
            }
            if (field.field() == ChangedField.POSITION) {
                return "moved from position " + (change.placeBefore().index() + 1) + " to "
                        + (change.placeAfter().index() + 1);
            }
        }
        return "";
    }

    private String parentText(NodePlace place) {
        if (place.isRoot()) {
            return "the top";
        }
        Condition parent = olderNodes.get(place.parentId());
        return parent instanceof EventCondition event ? "the filters of “" + event.eventType() + "” events"
                : "the “" + text(parent) + "” group";
    }

    private static String text(Condition node) {
        return node instanceof Group ? NodeText.describe(node).replaceFirst("of", "of these") : NodeText.describe(node);
    }

    private static List<? extends Condition> children(Condition node) {
        if (node instanceof Group group) {
            return group.children();
        } else if (node instanceof EventCondition event) {
            return event.filters();
        }
        return List.of();
    }

    private static void index(Condition node, Map<String, Condition> into) {
        into.put(node.id(), node);
        children(node).forEach(child -> index(child, into));
    }
}
