package io.segmentstudio.engine.eval;

/**
 * Plain text of an explanation, one indented line per node, e.g.
 * <pre>
 * ✓ all of [root]: 2 of 2 true, needs all
 *   ✓ last_purchase_date is in the last 30 days [n2]: last_purchase_date = 2026-10-02, in [2026-10-01, 2026-10-31]
 * </pre>
 * A child whose outcome did not decide its group's is marked "(did not decide)".
 */
public final class ExplanationRenderer {
    private static final String INDENT = "  ";

    public String render(Explanation explanation) {
        StringBuilder text = new StringBuilder();
        append(text, explanation, 0);
        return text.toString();
    }

    private static void append(StringBuilder text, Explanation node, int depth) {
        text.append(INDENT.repeat(depth))
                .append(node.outcome() ? "✓ " : "✗ ")
                .append(node.description())
                .append(" [").append(node.nodeId()).append(']');
        String details = join(node.actual(), node.expected());
        if (!details.isEmpty()) {
            text.append(": ").append(details);
        }
        if (!node.decisive()) {
            text.append(" (did not decide)");
        }
        text.append('\n');
        node.children().forEach(child -> append(text, child, depth + 1));
    }

    private static String join(String actual, String expected) {
        if (actual.isEmpty() || expected.isEmpty()) {
            return actual + expected;
        }
        return actual + ", " + expected;
    }
}
