package io.segmentstudio.engine;

/**
 * A validation finding, attached to the node at fault.
 *
 * @param nodeId  id of the condition the problem is on
 * @param where   human-readable position, e.g. "condition 2 of group 1 (country)"
 */
public record RuleProblem(String nodeId, String where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
