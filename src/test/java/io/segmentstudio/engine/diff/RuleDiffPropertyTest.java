package io.segmentstudio.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Random trees and random edits whose effect is known: the diff reports exactly the edits made — no
 * more (siblings of an inserted, removed or moved node are not "moved"), no less.
 */
class RuleDiffPropertyTest {
    private static final int TRIALS = 1_000;

    @Test
    void theDiffOfATreeWithItselfIsEmpty() {
        for (long seed = 0; seed < TRIALS; seed++) {
            Condition tree = new RandomRuleTrees(new Random(seed)).tree();
            assertThat(RuleDiff.between(tree, tree).changes()).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void knownEditsYieldExactlyThoseChanges() {
        Map<ChangeKind, Integer> seen = new EnumMap<>(ChangeKind.class);
        for (long seed = 0; seed < TRIALS; seed++) {
            Editor editor = Editor.edited(seed);
            RuleDiff diff = RuleDiff.between(editor.before, editor.tree);

            String context = "seed " + seed + "\nedits: " + editor.log + "\ndiff: " + diff.changes();
            assertThat(ids(diff, ChangeKind.ADDED)).as(context).isEqualTo(editor.added);
            assertThat(ids(diff, ChangeKind.REMOVED)).as(context).isEqualTo(editor.removed);
            Map<String, Set<ChangedField>> changed = diff.of(ChangeKind.CHANGED).stream()
                    .collect(Collectors.toMap(NodeChange::nodeId, NodeChange::changedFields));
            assertThat(changed).as(context).isEqualTo(editor.changed);
            diff.changes().forEach(change -> seen.merge(change.kind(), 1, Integer::sum));
        }
        assertThat(seen).as("every kind of edit is exercised").allSatisfy((kind, count) ->
                assertThat(count).isGreaterThan(TRIALS / 2)).hasSize(3);
    }

    @Test
    void theDiffBackwardsIsTheMirrorImage() {
        for (long seed = 0; seed < TRIALS; seed++) {
            Editor editor = Editor.edited(seed);
            RuleDiff forward = RuleDiff.between(editor.before, editor.tree);
            RuleDiff backward = RuleDiff.between(editor.tree, editor.before);
            assertThat(ids(backward, ChangeKind.ADDED)).isEqualTo(ids(forward, ChangeKind.REMOVED));
            assertThat(ids(backward, ChangeKind.REMOVED)).isEqualTo(ids(forward, ChangeKind.ADDED));
            assertThat(ids(backward, ChangeKind.CHANGED)).isEqualTo(ids(forward, ChangeKind.CHANGED));
            for (NodeChange change : forward.of(ChangeKind.CHANGED)) {
                NodeChange mirror = backward.change(change.nodeId()).orElseThrow();
                assertThat(mirror.changedFields()).isEqualTo(change.changedFields());
                assertThat(mirror.fields()).extracting(FieldChange::before)
                        .isEqualTo(change.fields().stream().map(FieldChange::after).toList());
            }
        }
    }

    @Test
    void movingAChildTwoOrMorePlacesAmongItsSiblingsMarksOnlyThatChild() {
        int checked = 0;
        for (long seed = 0; seed < TRIALS; seed++) {
            Random random = new Random(seed);
            Condition before = new RandomRuleTrees(random).tree();
            List<Group> groups = TreeEdits.ids(before).stream().map(id -> TreeEdits.find(before, id).orElseThrow())
                    .filter(node -> node instanceof Group group && group.children().size() >= 3)
                    .map(Group.class::cast).toList();
            if (groups.isEmpty()) {
                continue;
            }
            Group group = groups.get(random.nextInt(groups.size()));
            int size = group.children().size();
            int from = random.nextInt(size);
            List<Integer> far = IntStream.range(0, size).filter(i -> Math.abs(i - from) >= 2)
                    .boxed().toList();
            if (far.isEmpty()) {
                continue;
            }
            int to = far.get(random.nextInt(far.size()));
            List<Condition> children = new ArrayList<>(group.children());
            Condition moved = children.remove(from);
            children.add(to, moved);
            Condition after = TreeEdits.replace(before, group.id(), node -> group.withChildren(children));

            RuleDiff diff = RuleDiff.between(before, after);

            assertThat(diff.changes()).as("seed %d", seed).singleElement().satisfies(change -> {
                assertThat(change.nodeId()).isEqualTo(moved.id());
                assertThat(change.changedFields()).containsExactly(ChangedField.POSITION);
                assertThat(change.placeBefore()).isEqualTo(new NodePlace(group.id(), from));
            });
            checked++;
        }
        assertThat(checked).isGreaterThan(TRIALS / 10);
    }

    @Test
    void swappingTwoNeighboursMarksOneOfThem() {
        for (long seed = 0; seed < TRIALS; seed++) {
            Random random = new Random(seed);
            Condition before = new RandomRuleTrees(random).tree();
            if (!(before instanceof Group root) || root.children().size() < 2) {
                continue;
            }
            int first = random.nextInt(root.children().size() - 1);
            List<Condition> children = new ArrayList<>(root.children());
            children.set(first, root.children().get(first + 1));
            children.set(first + 1, root.children().get(first));

            RuleDiff diff = RuleDiff.between(before, root.withChildren(children));

            assertThat(diff.changes()).singleElement().satisfies(change -> {
                assertThat(change.nodeId()).isIn(children.get(first).id(), children.get(first + 1).id());
                assertThat(change.changedFields()).containsExactly(ChangedField.POSITION);
            });
        }
    }

    private static Set<String> ids(RuleDiff diff, ChangeKind kind) {
        return diff.of(kind).stream().map(NodeChange::nodeId).collect(Collectors.toSet());
    }

    /** Applies random edits to a tree and keeps the changes they must produce. */
    private static final class Editor {
        private final RandomRuleTrees trees;
        private final Random random;
        private final Set<String> original;
        final Condition before;
        Condition tree;
        final Set<String> added = new HashSet<>();
        final Set<String> removed = new HashSet<>();
        final Map<String, Set<ChangedField>> changed = new HashMap<>();
        final List<String> log = new ArrayList<>();

        Editor(Condition tree, RandomRuleTrees trees, Random random) {
            this.before = tree;
            this.tree = tree;
            this.trees = trees;
            this.random = random;
            this.original = new HashSet<>(TreeEdits.ids(tree));
        }

        /** A random tree with one to five random edits. */
        static Editor edited(long seed) {
            Random random = new Random(seed);
            RandomRuleTrees trees = new RandomRuleTrees(random);
            Editor editor = new Editor(trees.tree(), trees, random);
            for (int edits = 1 + random.nextInt(5); edits > 0; edits--) {
                editor.randomEdit();
            }
            return editor;
        }

        void randomEdit() {
            switch (random.nextInt(4)) {
                case 0 -> editField();
                case 1 -> add();
                case 2 -> remove();
                default -> move();
            }
        }

        /** One field of an original node not edited before. */
        private void editField() {
            List<String> candidates = TreeEdits.ids(tree).stream().filter(original::contains)
                    .filter(id -> changed.getOrDefault(id, Set.of()).stream().noneMatch(f -> f != ChangedField.PARENT))
                    .toList();
            if (candidates.isEmpty()) {
                return;
            }
            String id = pick(candidates);
            Condition node = TreeEdits.find(tree, id).orElseThrow();
            List<ChangedField> fields = RandomRuleTrees.fieldsOf(node);
            ChangedField field = fields.get(random.nextInt(fields.size()));
            tree = TreeEdits.replace(tree, id, n -> trees.edit(n, field));
            changed.computeIfAbsent(id, k -> EnumSet.noneOf(ChangedField.class)).add(field);
            log.add(field + " of " + id);
        }

        private void add() {
            String parent = pick(parents(null));
            Condition node = TreeEdits.find(tree, parent).orElseThrow() instanceof EventCondition
                    ? trees.predicate() : trees.node(1);
            int index = random.nextInt(TreeIndex.childrenOf(TreeEdits.find(tree, parent).orElseThrow()).size() + 1);
            tree = TreeEdits.insert(tree, parent, index, node);
            added.addAll(TreeEdits.ids(node));
            log.add("add " + TreeEdits.ids(node) + " to " + parent + " #" + index);
        }

        /** A subtree of original, untouched nodes. */
        private void remove() {
            List<String> candidates = TreeEdits.ids(tree).stream()
                    .filter(id -> !id.equals("root"))
                    .filter(id -> TreeEdits.ids(TreeEdits.find(tree, id).orElseThrow()).stream()
                            .allMatch(n -> original.contains(n) && !changed.containsKey(n)))
                    .toList();
            if (candidates.isEmpty()) {
                return;
            }
            String id = pick(candidates);
            removed.addAll(TreeEdits.ids(TreeEdits.find(tree, id).orElseThrow()));
            tree = TreeEdits.remove(tree, id);
            log.add("remove " + id);
        }

        /** An original node, not moved before, into another parent outside its own subtree. */
        private void move() {
            List<String> candidates = TreeEdits.ids(tree).stream()
                    .filter(id -> !id.equals("root") && original.contains(id))
                    .filter(id -> !changed.getOrDefault(id, Set.of()).contains(ChangedField.PARENT))
                    .toList();
            if (candidates.isEmpty()) {
                return;
            }
            String id = pick(candidates);
            Condition node = TreeEdits.find(tree, id).orElseThrow();
            String from = TreeEdits.parentOf(tree, id);
            List<String> targets = parents(node).stream().filter(p -> !p.equals(from)).toList();
            if (targets.isEmpty()) {
                return;
            }
            String to = pick(targets);
            Condition without = TreeEdits.remove(tree, id);
            int index = random.nextInt(TreeIndex.childrenOf(TreeEdits.find(without, to).orElseThrow()).size() + 1);
            tree = TreeEdits.insert(without, to, index, node);
            // not moved before, so it leaves its original parent
            changed.computeIfAbsent(id, k -> EnumSet.noneOf(ChangedField.class)).add(ChangedField.PARENT);
            log.add("move " + id + " from " + from + " to " + to + " #" + index);
        }

        /** Groups (and, for a predicate, event conditions) that can take a node, outside the node's subtree. */
        private List<String> parents(Condition moving) {
            Set<String> inside = moving == null ? Set.of() : new HashSet<>(TreeEdits.ids(moving));
            return TreeEdits.ids(tree).stream().filter(id -> !inside.contains(id)).filter(id -> {
                Condition node = TreeEdits.find(tree, id).orElseThrow();
                return node instanceof Group || node instanceof EventCondition
                        && (moving == null || moving instanceof Predicate);
            }).toList();
        }

        private String pick(List<String> ids) {
            return ids.get(random.nextInt(ids.size()));
        }
    }
}
