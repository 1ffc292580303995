package io.segmentstudio.ui.testprofiles;

import io.segmentstudio.engine.eval.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of an explanation as a line of the tree: what the condition says, the values compared and
 * the outcome, e.g. "average_order_value = 150.00, &gt; 200 → false".
 *
 * @param depth    how deep the node sits (0 for the root)
 * @param decisive whether its outcome decided its group's; the others are drawn faint
 */
public record ExplanationLine(String nodeId, int depth, boolean outcome, boolean decisive, String description,
                             String compared) {
    /** The tree flattened depth first, in rule order. */
    public static List<ExplanationLine> of(Explanation root) {
        List<ExplanationLine> lines = new ArrayList<>();
        add(root, 0, lines);
        return List.copyOf(lines);
    }

    private static void add(Explanation node, int depth, List<ExplanationLine> lines) {
        lines.add(new ExplanationLine(node.nodeId(), depth, node.outcome(), node.decisive(), node.description(),
                compared(node)));
        node.children().forEach(child -> add(child, depth + 1, lines));
    }

    /** The CLI's wording (actual, expected), with the outcome spelled out at the end. */
    private static String compared(Explanation node) {
        String values = node.actual().isEmpty() || node.expected().isEmpty() ? node.actual() + node.expected()
                : node.actual() + ", " + node.expected();
        return (values.isEmpty() ? "" : values + " ") + "→ " + node.outcome();
    }
}
