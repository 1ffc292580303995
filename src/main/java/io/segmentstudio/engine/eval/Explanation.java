package io.segmentstudio.engine.eval;

import java.util.List;
import java.util.Objects;

/**
 * Why one profile is in or out of a segment: one node of the rule tree with its outcome for that
 * profile.
 *
 * @param nodeId      the condition's id, as in the rule JSON
 * @param description what the condition says, e.g. "last_purchase_date is in the last 30 days"
 * @param outcome     whether the condition holds for the profile (negation applied)
 * @param actual      what was found: the profile's value(s), the matching event count and aggregate, or
 *                    for a group how many children hold
 * @param expected    the resolved operand: concrete interval bounds, lower-cased values, the window
 * @param decisive    whether this node's outcome decided its parent group's (always true at the root):
 *                    in an AND that is false only the false children decide, in an OR that is true only
 *                    the true ones
 * @param children    the explanations of a group's children; empty for other nodes
 */
public record Explanation(String nodeId, String description, boolean outcome, String actual, String expected,
                          boolean decisive, List<Explanation> children) {
    public Explanation {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(expected, "expected");
        children = List.copyOf(children);
    }

    Explanation withDecisive(boolean value) {
        return new Explanation(nodeId, description, outcome, actual, expected, value, children);
    }
}
