package io.segmentstudio.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The builder's edits on random trees: each does exactly what it says and nothing else. Checked by
 * taking the edited node out of both trees (what remains must be equal), by undoing with the inverse
 * edit, and by the ids staying unique.
 */
class RuleEditsPropertyTest {
    private static final int TREES = 400;
    private static final int EDITS = 25;

    @Test
    void editsChangeOnlyWhatTheySay() {
        long seed = System.nanoTime();
        System.out.println("Rule edits: seed " + seed + ", " + TREES + " trees × " + EDITS + " edits");
        SplittableRandom random = new SplittableRandom(seed);
        int checked = 0;
        for (int t = 0; t < TREES; t++) {
            Ids ids = new Ids();
            Group tree = randomGroup(random, ids, 3);
            for (int e = 0; e < EDITS; e++) {
                String label = "seed " + seed + ", tree " + t + ", edit " + e;
                Group current = tree;
                List<String> all = new ArrayList<>(RuleEdits.ids(current));
                all.removeIf(id -> RuleEdits.find(current, id).isEmpty()); // event filters are not tree nodes
                String id = all.get(random.nextInt(all.size()));
                Group next = apply(tree, id, random, ids, label);
                assertUniqueIds(next, label);
                tree = next;
                checked++;
            }
        }
        System.out.println("Rule edits: " + checked + " edits checked");
    }

    private static Group apply(Group tree, String id, SplittableRandom random, Ids ids, String label) {
        List<Group> groups = groups(tree);
        Group target = groups.get(random.nextInt(groups.size()));
        boolean root = id.equals(tree.id());
        switch (random.nextInt(7)) {
            case 0 -> {
                Condition node = randomNode(random, ids, 1);
                int index = random.nextInt(target.children().size() + 1);
                Group after = RuleEdits.insert(tree, target.id(), index, node);
                assertThat(RuleEdits.position(after, node.id())).as(label).contains(new RuleEdits.Position(target.id(), index));
                assertThat(RuleEdits.remove(after, node.id())).as(label + ": insert then remove").isEqualTo(tree);
                return after;
            }
            case 1 -> {
                if (root) {
                    assertThatThrownBy(() -> RuleEdits.remove(tree, id)).isInstanceOf(IllegalArgumentException.class);
                    return tree;
                }
                RuleEdits.Position at = RuleEdits.position(tree, id).orElseThrow();
                Condition node = RuleEdits.find(tree, id).orElseThrow();
                Group after = RuleEdits.remove(tree, id);
                assertThat(RuleEdits.find(after, id)).as(label).isEmpty();
                assertThat(RuleEdits.insert(after, at.parentId(), at.index(), node)).as(label + ": remove then insert")
                        .isEqualTo(tree);
                return after;
            }
            case 2 -> {
                Condition node = RuleEdits.find(tree, id).orElseThrow();
                int index = random.nextInt(target.children().size() + 1);
                if (root || RuleEdits.find(node, target.id()).isPresent()) {
                    assertThatThrownBy(() -> RuleEdits.move(tree, id, target.id(), index))
                            .as(label).isInstanceOf(IllegalArgumentException.class);
                    return tree;
                }
                Group after = RuleEdits.move(tree, id, target.id(), index);
                assertThat(RuleEdits.position(after, id).orElseThrow().parentId()).as(label).isEqualTo(target.id());
                assertThat(RuleEdits.find(after, id)).as(label).contains(node);
                assertThat(RuleEdits.remove(after, id)).as(label + ": the rest is untouched").isEqualTo(RuleEdits.remove(tree, id));
                RuleEdits.Position from = RuleEdits.position(tree, id).orElseThrow();
                RuleEdits.Position now = RuleEdits.position(after, id).orElseThrow();
                int back = now.parentId().equals(from.parentId()) && now.index() < from.index() ? from.index() + 1 : from.index();
                assertThat(RuleEdits.move(after, id, from.parentId(), back)).as(label + ": moved back").isEqualTo(tree);
                return after;
            }
            case 3 -> {
                if (root) {
                    return tree;
                }
                Condition node = RuleEdits.find(tree, id).orElseThrow();
                Group after = RuleEdits.duplicate(tree, id, ids);
                RuleEdits.Position at = RuleEdits.position(tree, id).orElseThrow();
                Group parent = (Group) RuleEdits.find(after, at.parentId()).orElseThrow();
                Condition copy = parent.children().get(at.index() + 1);
                assertThat(RuleEdits.ids(copy)).as(label).doesNotContainAnyElementsOf(RuleEdits.ids(tree));
                assertThat(shape(copy)).as(label + ": the copy equals the original but for ids").isEqualTo(shape(node));
                assertThat(RuleEdits.remove(after, copy.id())).as(label).isEqualTo(tree);
                return after;
            }
            case 4 -> {
                String groupId = ids.get();
                Group after = RuleEdits.wrapInGroup(tree, id, groupId, random.nextBoolean() ? Combinator.AND : Combinator.OR);
                Group wrapper = (Group) RuleEdits.find(after, groupId).orElseThrow();
                assertThat(wrapper.children()).as(label).containsExactly(RuleEdits.find(tree, id).orElseThrow());
                if (!root) {
                    assertThat(RuleEdits.replace(after, RuleEdits.find(tree, id).orElseThrow()))
                            .as(label).isNotEqualTo(tree); // the wrapper keeps another id: replace cannot unwrap
                }
                return after;
            }
            case 5 -> {
                Combinator combinator = target.combinator() == Combinator.AND ? Combinator.OR : Combinator.AND;
                Group after = RuleEdits.setNegated(RuleEdits.setCombinator(tree, target.id(), combinator), target.id(),
                        !target.negated());
                Group changed = (Group) RuleEdits.find(after, target.id()).orElseThrow();
                assertThat(changed.combinator()).as(label).isEqualTo(combinator);
                assertThat(changed.negated()).as(label).isEqualTo(!target.negated());
                assertThat(RuleEdits.setNegated(RuleEdits.setCombinator(after, target.id(), target.combinator()), target.id(),
                        target.negated())).as(label + ": set back").isEqualTo(tree);
                return after;
            }
            default -> {
                boolean disabled = RuleEdits.find(tree, id).orElseThrow().disabled();
                Group after = RuleEdits.setDisabled(tree, id, !disabled);
                assertThat(RuleEdits.find(after, id).orElseThrow().disabled()).as(label).isEqualTo(!disabled);
                assertThat(RuleEdits.setDisabled(after, id, disabled)).as(label).isEqualTo(tree);
                return after;
            }
        }
    }

    @Test
    void anEditThatCannotApplySaysWhy() {
        Ids ids = new Ids();
        Group inner = Group.and("inner", List.of(predicate("p1")));
        Group tree = Group.and("root", List.of(inner, predicate("p2")));
        assertThatThrownBy(() -> RuleEdits.move(tree, "inner", "inner", 0)).hasMessageContaining("into itself");
        assertThatThrownBy(() -> RuleEdits.remove(tree, "root")).hasMessageContaining("top group");
        assertThatThrownBy(() -> RuleEdits.insert(tree, "p1", 0, predicate("x"))).hasMessageContaining("p1 is not a group");
        assertThatThrownBy(() -> RuleEdits.insert(tree, "root", 0, predicate("p2"))).hasMessageContaining("p2 is already");
        assertThatThrownBy(() -> RuleEdits.setDisabled(tree, "nope", true)).hasMessageContaining("no node nope");
        assertThat(RuleEdits.move(tree, "p2", "root", 0).children()).extracting(Condition::id).containsExactly("p2", "inner");
        assertThat(RuleEdits.move(tree, "inner", "root", 2).children()).extracting(Condition::id).containsExactly("p2", "inner");
        assertThat(RuleEdits.duplicate(tree, "p2", ids).children()).hasSize(3);
    }

    /** The tree with every id blanked, to compare copies. */
    private static String shape(Condition node) {
        return node.toString().replaceAll("id=[^,\\]]*", "id=_");
    }

    private static void assertUniqueIds(Condition tree, String label) {
        List<String> all = new ArrayList<>();
        collect(tree, all);
        assertThat(all).as(label + ": ids unique").doesNotHaveDuplicates();
    }

    private static void collect(Condition node, List<String> ids) {
        ids.add(node.id());
        if (node instanceof Group group) {
            group.children().forEach(child -> collect(child, ids));
        } else if (node instanceof EventCondition event) {
            event.filters().forEach(filter -> ids.add(filter.id()));
        }
    }

    private static List<Group> groups(Condition node) {
        List<Group> groups = new ArrayList<>();
        if (node instanceof Group group) {
            groups.add(group);
            group.children().forEach(child -> groups.addAll(groups(child)));
        }
        return groups;
    }

    private static Group randomGroup(SplittableRandom random, Ids ids, int depth) {
        List<Condition> children = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            children.add(randomNode(random, ids, depth - 1));
        }
        return new Group(ids.get(), random.nextBoolean() ? Combinator.AND : Combinator.OR, random.nextInt(5) == 0,
                random.nextInt(6) == 0, children);
    }

    private static Condition randomNode(SplittableRandom random, Ids ids, int depth) {
        return switch (random.nextInt(depth > 0 ? 4 : 3)) {
            case 0 -> new Predicate(ids.get(), "age", Operator.GREATER_THAN, new Operand.Single(new Value.Int(random.nextInt(90))),
                    null, random.nextInt(6) == 0);
            case 1 -> new EventCondition(ids.get(), "purchase", List.of(new Predicate(ids.get(), "amount", Operator.IS_NOT_NULL,
                    new Operand.None())), TimeWindow.EVER, Comparison.atLeast(1 + random.nextInt(3)), Optional.empty(), false);
            case 2 -> new SegmentRef(ids.get(), "VIP", random.nextBoolean(), false);
            default -> randomGroup(random, ids, depth);
        };
    }

    private static Predicate predicate(String id) {
        return new Predicate(id, "age", Operator.GREATER_THAN, new Operand.Single(new Value.Int(30)));
    }

    /** Fresh ids "n1", "n2", … */
    private static final class Ids implements Supplier<String> {
        private int next;

        @Override
        public String get() {
            return "n" + ++next;
        }
    }
}
