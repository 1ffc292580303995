package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Combinator;
import java.util.ArrayList;
import java.util.List;

/** AND or OR of compiled children, optionally negated (NOT is the exact complement: two-valued logic). */
final class GroupNode implements Node {
    private final String id;
    private final Combinator combinator;
    private final boolean negated;
    private final Node[] children;

    GroupNode(String id, Combinator combinator, boolean negated, List<Node> children) {
        this.id = id;
        this.combinator = combinator;
        this.negated = negated;
        this.children = children.toArray(Node[]::new);
    }

    @Override
    public boolean test(Profile profile) {
        // AND stops at the first false child, OR at the first true one.
        boolean stopAt = combinator == Combinator.OR;
        for (Node child : children) {
            if (child.test(profile) == stopAt) {
                return stopAt != negated;
            }
        }
        return !stopAt != negated;
    }

    @Override
    public Explanation explain(Profile profile) {
        List<Explanation> explained = new ArrayList<>(children.length);
        int holding = 0;
        for (Node child : children) {
            Explanation e = child.explain(profile);
            explained.add(e);
            holding += e.outcome() ? 1 : 0;
        }
        boolean combined = combinator == Combinator.AND ? holding == children.length : holding > 0;
        // A child decided the group when it agrees with the combined result: all children of a true AND or
        // false OR, only the false children of a false AND and the true ones of a true OR.
        List<Explanation> marked = explained.stream().map(e -> e.withDecisive(e.outcome() == combined)).toList();
        String actual = holding + " of " + children.length + " true";
        return new Explanation(id, description(), combined != negated, actual, "needs " + needed(), true, marked);
    }

    private String description() {
        if (combinator == Combinator.AND) {
            return negated ? "not all of" : "all of";
        }
        return negated ? "none of" : "any of";
    }

    private String needed() {
        if (combinator == Combinator.AND) {
            return negated ? "not all" : "all";
        }
        return negated ? "none" : "at least one";
    }
}
