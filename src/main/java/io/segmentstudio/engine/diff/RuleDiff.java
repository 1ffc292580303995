package io.segmentstudio.engine.diff;

import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rule-level difference between two versions of a condition tree: nodes are matched by id (ids are
 * stable across versions) and reported as added, removed or changed — which of their own fields changed,
 * and whether they moved to another parent or among their siblings — so that a view can mark them in
 * both trees. Not a text diff: reformatting the JSON changes nothing here.
 *
 * <p>A reorder marks as few nodes as possible: the siblings that kept their relative order (the longest
 * common subsequence) stay unmarked, so inserting or removing a sibling moves nobody.
 *
 * @param changes changed and added nodes in the order of the newer tree, then removed ones in the order
 *                of the older tree
 */
public record RuleDiff(List<NodeChange> changes) {
    public RuleDiff {
        changes = List.copyOf(changes);
    }

    /**
     * Compares two trees.
     *
     * @throws IllegalArgumentException when one tree uses an id twice (nodes could not be matched)
     */
    public static RuleDiff between(Condition before, Condition after) {
        TreeIndex older = TreeIndex.of(before);
        TreeIndex newer = TreeIndex.of(after);
        Set<String> reordered = reordered(older, newer);
        List<NodeChange> changes = new ArrayList<>();
        for (String id : newer.ids()) {
            Condition node = newer.node(id);
            NodePlace place = newer.place(id);
            if (!older.contains(id)) {
                changes.add(new NodeChange(id, ChangeKind.ADDED, null, node, null, place, List.of()));
                continue;
            }
            List<FieldChange> fields = fields(older.node(id), node);
            NodePlace was = older.place(id);
            if (!Objects.equals(was.parentId(), place.parentId())) {
                fields.add(new FieldChange(ChangedField.PARENT, placeText(was), placeText(place)));
            } else if (reordered.contains(id)) {
                fields.add(new FieldChange(ChangedField.POSITION, placeText(was), placeText(place)));
            }
            if (!fields.isEmpty()) {
                changes.add(new NodeChange(id, ChangeKind.CHANGED, older.node(id), node, was, place, fields));
            }
        }
        for (String id : older.ids()) {
            if (!newer.contains(id)) {
                changes.add(new NodeChange(id, ChangeKind.REMOVED, older.node(id), null, older.place(id), null,
                        List.of()));
            }
        }
        return new RuleDiff(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The change of one node, for marking it in a tree; empty when it is the same in both. */
    public Optional<NodeChange> change(String nodeId) {
        return changes.stream().filter(change -> change.nodeId().equals(nodeId)).findFirst();
    }

    public List<NodeChange> of(ChangeKind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    /** Own fields that differ, in the order of {@link ChangedField}; children are nodes of their own. */
    private static List<FieldChange> fields(Condition before, Condition after) {
        List<FieldChange> fields = new ArrayList<>();
        if (before.getClass() != after.getClass()) {
            fields.add(field(ChangedField.KIND, before, after));
            return fields;
        }
        for (Map.Entry<ChangedField, List<Object>> compared : compared(before, after).entrySet()) {
            if (!Objects.equals(compared.getValue().get(0), compared.getValue().get(1))) {
                fields.add(field(compared.getKey(), before, after));
            }
        }
        return fields;
    }

    /** Each field of this kind of node: its value before and after, as compared (numbers by value). */
    private static Map<ChangedField, List<Object>> compared(Condition before, Condition after) {
        Map<ChangedField, List<Object>> fields = new EnumMap<>(ChangedField.class);
        fields.put(ChangedField.DISABLED, List.of(before.disabled(), after.disabled()));
        if (before instanceof Group a && after instanceof Group b) {
            fields.put(ChangedField.COMBINATOR, List.of(a.combinator(), b.combinator()));
            fields.put(ChangedField.NEGATION, List.of(a.negated(), b.negated()));
        } else if (before instanceof Predicate a && after instanceof Predicate b) {
            fields.put(ChangedField.ATTRIBUTE, List.of(a.attribute(), b.attribute()));
            fields.put(ChangedField.OPERATOR, List.of(a.operator(), b.operator()));
            fields.put(ChangedField.VALUE, List.of(a.operand(), b.operand()));
            fields.put(ChangedField.TEXT_OPTIONS, List.of(a.text(), b.text()));
        } else if (before instanceof EventCondition a && after instanceof EventCondition b) {
            fields.put(ChangedField.EVENT_TYPE, List.of(a.eventType(), b.eventType()));
            fields.put(ChangedField.WINDOW, List.of(a.window(), b.window()));
            fields.put(ChangedField.COUNT, List.of(numeric(a.count()), numeric(b.count())));
            fields.put(ChangedField.AGGREGATE, List.of(aggregate(a), aggregate(b)));
        } else if (before instanceof SegmentRef a && after instanceof SegmentRef b) {
            fields.put(ChangedField.SEGMENT, List.of(a.segment(), b.segment()));
            fields.put(ChangedField.NEGATION, List.of(a.member(), b.member()));
        }
        return fields;
    }

    private static FieldChange field(ChangedField field, Condition before, Condition after) {
        return new FieldChange(field, NodeText.field(before, field), NodeText.field(after, field));
    }

    /** "at least 1" and "at least 1.0" are the same count. */
    private static List<Object> numeric(Comparison comparison) {
        return Arrays.asList(comparison.op(), comparison.value().stripTrailingZeros(),
                comparison.upper() == null ? null : comparison.upper().stripTrailingZeros());
    }

    private static List<Object> aggregate(EventCondition event) {
        return event.aggregate().map(a -> List.<Object>of(a.function(), a.property(), numeric(a.comparison())))
                .orElse(List.of());
    }

    /**
     * Nodes that stayed under the same parent but left the longest run of siblings that kept their order:
     * the fewest nodes whose moves explain the new order.
     */
    private static Set<String> reordered(TreeIndex older, TreeIndex newer) {
        Set<String> moved = new HashSet<>();
        for (String parent : older.ids()) {
            if (!newer.contains(parent)) {
                continue;
            }
            List<String> kept = older.children(parent).stream()
                    .filter(child -> newer.contains(child) && parent.equals(newer.place(child).parentId()))
                    .toList();
            List<String> keptNow = newer.children(parent).stream().filter(kept::contains).toList();
            Set<String> inOrder = Sequences.longestCommonSubsequence(kept, keptNow);
            kept.stream().filter(child -> !inOrder.contains(child)).forEach(moved::add);
        }
        return moved;
    }

    private static String placeText(NodePlace place) {
        return place.isRoot() ? "root" : place.parentId() + " #" + (place.index() + 1);
    }
}
