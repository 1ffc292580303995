package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TextOptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The generator's trees cut down to what JsonLogic can express, and the normal form a JsonLogic round trip
 * gives back (interchange-jsonlogic.md, "Round trip").
 */
final class JsonLogicTrees {
    static final Set<Operator> EXPRESSIBLE = EnumSet.complementOf(EnumSet.of(Operator.STARTS_WITH,
            Operator.NOT_STARTS_WITH, Operator.ENDS_WITH, Operator.NOT_ENDS_WITH, Operator.MATCHES_REGEX,
            Operator.IN_LAST, Operator.MORE_THAN_AGO, Operator.IN_NEXT, Operator.ANNIVERSARY));
    /** The operators whose string comparison text options change. */
    static final Set<Operator> TEXT_COMPARING = EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN,
            Operator.NOT_IN, Operator.CONTAINS, Operator.NOT_CONTAINS);

    private JsonLogicTrees() {
    }

    /** Drops event conditions, references, timestamp attributes and operators JsonLogic has not. */
    static Condition restrict(Condition tree) {
        return restrictNode(tree).orElse(Group.and(tree.id(), List.of()));
    }

    private static Optional<Condition> restrictNode(Condition node) {
        if (node instanceof Group group) {
            List<Condition> children = new ArrayList<>();
            group.children().forEach(child -> restrictNode(child).ifPresent(children::add));
            return Optional.of(group.withChildren(children));
        } else if (node instanceof Predicate p) {
            boolean ok = EXPRESSIBLE.contains(p.operator()) && type(p) != AttributeType.TIMESTAMP;
            return ok ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Every string comparison made exact, so that JsonLogic means the same (for the semantic cross-check). */
    static Condition exact(Condition node) {
        if (node instanceof Group group) {
            return group.withChildren(group.children().stream().map(JsonLogicTrees::exact).toList());
        } else if (node instanceof Predicate p && textMatters(p)) {
            return new Predicate(p.id(), p.attribute(), p.operator(), p.operand(), TextOptions.EXACT, p.disabled());
        }
        return node;
    }

    /**
     * What the reader gives back for a restricted tree: disabled nodes and groups without an enabled
     * condition left out (an empty rule is an empty AND group), exact string comparisons, other text
     * options at their default, ON of a date as EQUALS, and ids renumbered "n1", "n2", … in document order.
     */
    static Condition roundTripForm(Condition tree) {
        Condition kept = effective(tree).orElse(Group.and("root", List.of()));
        return renumber(kept, new int[] {0});
    }

    private static Optional<Condition> effective(Condition node) {
        if (node.disabled()) {
            return Optional.empty();
        }
        if (node instanceof Group group) {
            List<Condition> children = new ArrayList<>();
            group.children().forEach(child -> effective(child).ifPresent(children::add));
            return children.isEmpty() ? Optional.empty() : Optional.of(group.withChildren(children));
        }
        Predicate p = (Predicate) node;
        Operator operator = p.operator() == Operator.ON ? Operator.EQUALS : p.operator();
        TextOptions text = textMatters(p) ? TextOptions.EXACT : TextOptions.DEFAULT;
        return Optional.of(new Predicate(p.id(), p.attribute(), operator, p.operand(), text, false));
    }

    private static Condition renumber(Condition node, int[] last) {
        String id = "n" + ++last[0];
        if (node instanceof Group group) {
            List<Condition> children = new ArrayList<>();
            group.children().forEach(child -> children.add(renumber(child, last)));
            return new Group(id, group.combinator(), group.negated(), false, children);
        }
        Predicate p = (Predicate) node;
        return new Predicate(id, p.attribute(), p.operator(), p.operand(), p.text(), false);
    }

    static boolean textMatters(Predicate p) {
        return type(p) == AttributeType.STRING && TEXT_COMPARING.contains(p.operator());
    }

    static AttributeType type(Predicate p) {
        return DiffSchema.ATTRIBUTES.get(p.attribute());
    }

    /** The enabled string predicates whose text options the export cannot keep. */
    static List<String> inexactTextIds(Condition node) {
        List<String> ids = new ArrayList<>();
        collectInexact(node, ids);
        return ids;
    }

    private static void collectInexact(Condition node, List<String> ids) {
        if (node.disabled()) {
            return;
        }
        if (node instanceof Group group) {
            group.children().forEach(child -> collectInexact(child, ids));
        } else if (node instanceof Predicate p && textMatters(p) && !p.text().equals(TextOptions.EXACT)) {
            ids.add(p.id());
        }
    }
}
