package io.segmentstudio.domain.rule;

import java.util.List;
import java.util.Objects;

/**
 * Children combined with AND or OR, optionally negated. Disabled children are ignored; a group with no
 * enabled child is itself ignored (see semantics.md).
 */
public record Group(String id, Combinator combinator, boolean negated, boolean disabled, List<Condition> children)
        implements Condition {
    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(combinator, "combinator");
        children = List.copyOf(children);
    }

    public static Group and(String id, List<Condition> children) {
        return new Group(id, Combinator.AND, false, false, children);
    }

    public static Group or(String id, List<Condition> children) {
        return new Group(id, Combinator.OR, false, false, children);
    }

    public List<Condition> enabledChildren() {
        return children.stream().filter(child -> !child.disabled()).toList();
    }

    @Override
    public Group withDisabled(boolean value) {
        return new Group(id, combinator, negated, value, children);
    }

    public Group withChildren(List<Condition> newChildren) {
        return new Group(id, combinator, negated, disabled, newChildren);
    }
}
