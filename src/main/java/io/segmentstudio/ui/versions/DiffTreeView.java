package io.segmentstudio.ui.versions;

import io.segmentstudio.engine.diff.FieldChange;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Draws the merged tree of two versions, read-only: a row per node, indented by depth, coloured and
 * badged by how it changed, with each changed field as "before → after". Drawn anew when the rows change.
 */
final class DiffTreeView extends VBox {
    private static final double INDENT = 18;
    private final ObservableList<DiffRow> rows;

    DiffTreeView(ObservableList<DiffRow> rows) {
        this.rows = rows;
        getStyleClass().add("diff-tree");
        rows.addListener((ListChangeListener<DiffRow>) change -> redraw());
        redraw();
    }

    private void redraw() {
        getChildren().setAll(rows.stream().map(DiffTreeView::row).toList());
    }

    private static HBox row(DiffRow row) {
        Region indent = new Region();
        indent.setMinWidth(row.depth() * INDENT);
        Label badge = new Label(badge(row.mark()));
        badge.getStyleClass().add("diff-badge");
        Label text = new Label(row.text());
        text.getStyleClass().add("diff-text");
        text.setWrapText(true);
        VBox body = new VBox(2, text);
        body.getStyleClass().add("diff-body");
        for (FieldChange field : row.fields()) {
            body.getChildren().add(field(field));
        }
        if (!row.moved().isEmpty()) {
            Label moved = new Label("↕ " + row.moved());
            moved.getStyleClass().add("diff-moved-note");
            moved.setWrapText(true);
            body.getChildren().add(moved);
        }
        HBox line = new HBox(indent, badge, body);
        line.setAlignment(Pos.TOP_LEFT);
        line.setId("diff-" + row.nodeId());
        line.getStyleClass().addAll("diff-row", "diff-" + row.mark().name().toLowerCase(Locale.ROOT),
                "diff-kind-" + row.kind());
        return line;
    }

    /** "value  200 → 300", the old value struck through. */
    private static FlowPane field(FieldChange change) {
        Label name = new Label(MergedDiff.fieldName(change.field()));
        name.getStyleClass().add("diff-field-name");
        Label before = new Label(change.before());
        before.getStyleClass().add("diff-before");
        Label arrow = new Label("→");
        arrow.getStyleClass().add("diff-arrow");
        Label after = new Label(change.after());
        after.getStyleClass().add("diff-after");
        FlowPane field = new FlowPane(name, before, arrow, after);
        field.getStyleClass().add("diff-field");
        return field;
    }

    private static String badge(DiffRow.Mark mark) {
        return switch (mark) {
            case ADDED -> "+";
            case REMOVED -> "−";
            case CHANGED -> "~";
            case MOVED -> "↕";
            case SAME -> "";
        };
    }
}
