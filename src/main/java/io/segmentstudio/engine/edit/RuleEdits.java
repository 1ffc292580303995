package io.segmentstudio.engine.edit;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The edits a rule builder makes, as functions from one immutable condition tree to the next, with
 * nodes named by id. Trees are never changed in place, so an undo history is just the list of trees.
 * The root is always a group; an edit that cannot apply (unknown id, moving a group into itself,
 * removing the root) throws {@link IllegalArgumentException} and leaves nothing half done.
 */
public final class RuleEdits {
    private RuleEdits() {
    }

    /** Where a node sits: its parent group and its index there. */
    public record Position(String parentId, int index) {
    }

    public static Optional<Condition> find(Condition root, String id) {
        if (root.id().equals(id)) {
            return Optional.of(root);
        }
        if (root instanceof Group group) {
            for (Condition child : group.children()) {
                Optional<Condition> found = find(child, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The position of a node under its parent group; empty for the root (or an unknown id). */
    public static Optional<Position> position(Condition root, String id) {
        if (root instanceof Group group) {
            for (int i = 0; i < group.children().size(); i++) {
                Condition child = group.children().get(i);
                if (child.id().equals(id)) {
                    return Optional.of(new Position(group.id(), i));
                }
                Optional<Position> deeper = position(child, id);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    /** Puts a node into a group at an index (0 to the group's size). */
    public static Group insert(Group root, String parentId, int index, Condition node) {
        requireNewIds(root, node);
        return (Group) mapGroup(root, parentId, group -> {
            if (index < 0 || index > group.children().size()) {
                throw new IllegalArgumentException("no place " + index + " in group " + parentId);
            }
            List<Condition> children = new ArrayList<>(group.children());
            children.add(index, node);
            return group.withChildren(children);
        });
    }

    public static Group remove(Group root, String id) {
        Position at = position(root, id).orElseThrow(() -> new IllegalArgumentException(
                root.id().equals(id) ? "the top group cannot be removed" : "no node " + id));
        return (Group) mapGroup(root, at.parentId(), group -> {
            List<Condition> children = new ArrayList<>(group.children());
            children.remove(at.index());
            return group.withChildren(children);
        });
    }

    /** Puts a copy of a node (with fresh ids throughout) right after it. */
    public static Group duplicate(Group root, String id, Supplier<String> newIds) {
        Position at = position(root, id).orElseThrow(() -> new IllegalArgumentException("no node " + id + " to copy"));
        Condition copy = withFreshIds(find(root, id).orElseThrow(), newIds);
        return insert(root, at.parentId(), at.index() + 1, copy);
    }

    /**
     * Moves a node to a group at an index counted in that group as it is before the move (as a drop
     * target is seen). A group cannot move into itself or its own descendants.
     */
    public static Group move(Group root, String id, String parentId, int index) {
        Condition node = find(root, id).orElseThrow(() -> new IllegalArgumentException("no node " + id + " to move"));
        if (find(node, parentId).isPresent()) {
            throw new IllegalArgumentException("a group cannot be moved into itself");
        }
        Position from = position(root, id).orElseThrow(() -> new IllegalArgumentException("the top group cannot move"));
        int target = from.parentId().equals(parentId) && from.index() < index ? index - 1 : index;
        return insert(remove(root, id), parentId, target, node);
    }

    /** Replaces a node with another of the same id (an edited condition). */
    public static Group replace(Group root, Condition node) {
        if (find(root, node.id()).isEmpty()) {
            throw new IllegalArgumentException("no node " + node.id() + " to change");
        }
        return (Group) map(root, node.id(), old -> node);
    }

    /** Puts a node into a new group of its own, in its place. */
    public static Group wrapInGroup(Group root, String id, String groupId, Combinator combinator) {
        if (root.id().equals(id)) {
            Group wrapped = new Group(groupId, combinator, false, false, List.of(root));
            requireNewIds(root, wrapped.withChildren(List.of()));
            return wrapped;
        }
        Condition node = find(root, id).orElseThrow(() -> new IllegalArgumentException("no node " + id));
        requireNewIds(root, new Group(groupId, combinator, false, false, List.of()));
        return (Group) map(root, id, old -> new Group(groupId, combinator, false, false, List.of(node)));
    }

    public static Group setCombinator(Group root, String groupId, Combinator combinator) {
        return (Group) mapGroup(root, groupId, group -> new Group(group.id(), combinator, group.negated(),
                group.disabled(), group.children()));
    }

    public static Group setNegated(Group root, String groupId, boolean negated) {
        return (Group) mapGroup(root, groupId, group -> new Group(group.id(), group.combinator(), negated,
                group.disabled(), group.children()));
    }

    public static Group setDisabled(Group root, String id, boolean disabled) {
        if (find(root, id).isEmpty()) {
            throw new IllegalArgumentException("no node " + id);
        }
        return (Group) map(root, id, node -> node.withDisabled(disabled));
    }

    /** Every id in the tree (event filters included: they are nodes of their own). */
    public static Set<String> ids(Condition root) {
        Set<String> ids = new HashSet<>();
        collectIds(root, ids);
        return ids;
    }

    private static void collectIds(Condition node, Set<String> ids) {
        ids.add(node.id());
        if (node instanceof Group group) {
            group.children().forEach(child -> collectIds(child, ids));
        } else if (node instanceof EventCondition event) {
            event.filters().forEach(filter -> ids.add(filter.id()));
        }
    }

    private static void requireNewIds(Condition root, Condition node) {
        Set<String> taken = ids(root);
        for (String id : ids(node)) {
            if (taken.contains(id)) {
                throw new IllegalArgumentException("id " + id + " is already in the rule");
            }
        }
    }

    private static Condition withFreshIds(Condition node, Supplier<String> newIds) {
        if (node instanceof Group group) {
            return new Group(newIds.get(), group.combinator(), group.negated(), group.disabled(),
                    group.children().stream().map(child -> withFreshIds(child, newIds)).toList());
        } else if (node instanceof Predicate predicate) {
            return new Predicate(newIds.get(), predicate.attribute(), predicate.operator(), predicate.operand(),
                    predicate.text(), predicate.disabled());
        } else if (node instanceof EventCondition event) {
            return new EventCondition(newIds.get(), event.eventType(),
                    event.filters().stream().map(filter -> (Predicate) withFreshIds(filter, newIds)).toList(),
                    event.window(), event.count(), event.aggregate(), event.disabled());
        }
        SegmentRef ref = (SegmentRef) node;
        return new SegmentRef(newIds.get(), ref.segment(), ref.member(), ref.disabled());
    }

    private static Condition mapGroup(Condition root, String groupId, java.util.function.UnaryOperator<Group> change) {
        Condition target = find(root, groupId).orElseThrow(() -> new IllegalArgumentException("no group " + groupId));
        if (!(target instanceof Group)) {
            throw new IllegalArgumentException(groupId + " is not a group");
        }
        return map(root, groupId, node -> change.apply((Group) node));
    }

    private static Condition map(Condition node, String id, java.util.function.UnaryOperator<Condition> change) {
        if (node.id().equals(id)) {
            return change.apply(node);
        }
        if (node instanceof Group group) {
            List<Condition> children = new ArrayList<>(group.children().size());
            boolean changed = false;
            for (Condition child : group.children()) {
                Condition mapped = map(child, id, change);
                changed |= mapped != child;
                children.add(mapped);
            }
            return changed ? group.withChildren(children) : group;
        }
        return node;
    }
}
