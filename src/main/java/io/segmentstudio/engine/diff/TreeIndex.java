package io.segmentstudio.engine.diff;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every node of a tree by id, in pre-order, with its place and children; an event's filters are its children. */
final class TreeIndex {
    private final Map<String, Condition> nodes = new LinkedHashMap<>();
    private final Map<String, NodePlace> places = new LinkedHashMap<>();

    private TreeIndex() {
    }

    static TreeIndex of(Condition root) {
        TreeIndex index = new TreeIndex();
        index.add(root, NodePlace.ROOT);
        return index;
    }

    private void add(Condition node, NodePlace place) {
        if (nodes.putIfAbsent(node.id(), node) != null) {
            throw new IllegalArgumentException("The rule uses the node id '" + node.id() + "' twice; nodes of"
                    + " two versions are matched by id, so each must be unique");
        }
        places.put(node.id(), place);
        List<? extends Condition> children = childrenOf(node);
        for (int i = 0; i < children.size(); i++) {
            add(children.get(i), new NodePlace(node.id(), i));
        }
    }

    static List<? extends Condition> childrenOf(Condition node) {
        if (node instanceof Group group) {
            return group.children();
        } else if (node instanceof EventCondition event) {
            return event.filters();
        }
        return List.of();
    }

    List<String> ids() {
        return new ArrayList<>(nodes.keySet());
    }

    boolean contains(String id) {
        return nodes.containsKey(id);
    }

    Condition node(String id) {
        return nodes.get(id);
    }

    NodePlace place(String id) {
        return places.get(id);
    }

    List<String> children(String id) {
        return childrenOf(nodes.get(id)).stream().map(Condition::id).toList();
    }
}
