package io.segmentstudio.engine.diff;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Rebuilds immutable condition trees with one node replaced, removed or inserted. */
final class TreeEdits {
    private TreeEdits() {
    }

    static Condition replace(Condition root, String id, UnaryOperator<Condition> change) {
        if (root.id().equals(id)) {
            return change.apply(root);
        }
        if (root instanceof Group group) {
            return group.withChildren(group.children().stream().map(child -> replace(child, id, change)).toList());
        } else if (root instanceof EventCondition event) {
            return withFilters(event, event.filters().stream().map(f -> (Predicate) replace(f, id, change)).toList());
        }
        return root;
    }

    static Condition remove(Condition root, String id) {
        if (root instanceof Group group) {
            return group.withChildren(group.children().stream().filter(c -> !c.id().equals(id))
                    .map(child -> remove(child, id)).toList());
        } else if (root instanceof EventCondition event) {
            return withFilters(event, event.filters().stream().filter(f -> !f.id().equals(id)).toList());
        }
        return root;
    }

    /** Inserts under a group (any node) or an event condition (a predicate), at a position. */
    static Condition insert(Condition root, String parentId, int index, Condition node) {
        return replace(root, parentId, parent -> {
            if (parent instanceof Group group) {
                List<Condition> children = new ArrayList<>(group.children());
                children.add(Math.min(index, children.size()), node);
                return group.withChildren(children);
            }
            EventCondition event = (EventCondition) parent;
            List<Predicate> filters = new ArrayList<>(event.filters());
            filters.add(Math.min(index, filters.size()), (Predicate) node);
            return withFilters(event, filters);
        });
    }

    static EventCondition withFilters(EventCondition event, List<Predicate> filters) {
        return new EventCondition(event.id(), event.eventType(), filters, event.window(), event.count(),
                event.aggregate(), event.disabled());
    }

    static Optional<Condition> find(Condition root, String id) {
        if (root.id().equals(id)) {
            return Optional.of(root);
        }
        for (Condition child : TreeIndex.childrenOf(root)) {
            Optional<Condition> found = find(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Every node id in pre-order. */
    static List<String> ids(Condition root) {
        List<String> ids = new ArrayList<>();
        collect(root, ids);
        return ids;
    }

    private static void collect(Condition node, List<String> ids) {
        ids.add(node.id());
        TreeIndex.childrenOf(node).forEach(child -> collect(child, ids));
    }

    static String parentOf(Condition root, String id) {
        return TreeIndex.of(root).place(id).parentId();
    }
}
