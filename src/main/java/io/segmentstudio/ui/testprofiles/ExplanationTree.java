package io.segmentstudio.ui.testprofiles;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Draws an explanation as an indented tree: each node marked true or false with the values it compared. */
final class ExplanationTree {
    private static final double INDENT = 18;

    private ExplanationTree() {
    }

    static void draw(VBox target, List<ExplanationLine> lines) {
        target.getChildren().setAll(lines.stream().map(ExplanationTree::line).toList());
    }

    private static Node line(ExplanationLine line) {
        Label mark = new Label(line.outcome() ? "✓" : "✗");
        mark.getStyleClass().addAll("explain-mark", line.outcome() ? "explain-mark-true" : "explain-mark-false");
        Label description = new Label(line.description());
        description.getStyleClass().add("explain-description");
        description.setWrapText(true);
        Label compared = new Label(line.compared());
        compared.getStyleClass().add("explain-compared");
        compared.setWrapText(true);
        VBox text = new VBox(description, compared);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(mark, text);
        row.getStyleClass().addAll("explain-line", line.outcome() ? "explain-true" : "explain-false");
        VBox.setMargin(row, new Insets(0, 0, 0, line.depth() * INDENT));
        if (!line.decisive()) {
            // it held or failed, but its group's outcome came from its siblings
            row.getStyleClass().add("explain-not-decisive");
            Tooltip.install(row, new Tooltip("Did not decide: its group's outcome came from the other conditions."));
        }
        return row;
    }
}
