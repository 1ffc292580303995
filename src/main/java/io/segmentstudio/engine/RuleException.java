package io.segmentstudio.engine;

/** A rule that cannot be evaluated; names the node at fault. */
public final class RuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String nodeId;

    public RuleException(String nodeId, String message) {
        super(message);
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }
}
