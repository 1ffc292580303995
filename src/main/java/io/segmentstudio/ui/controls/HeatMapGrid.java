package io.segmentstudio.ui.controls;

import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A square matrix of labelled, colour-graded cells: row headers on the left, column headers on top.
 * Each cell's level (0..{@link #LEVELS}) becomes a style class "heat-N"; CSS picks the colours.
 */
public final class HeatMapGrid extends GridPane {
    public static final int LEVELS = 5;

    /** What one cell shows. */
    public record Cell(String primary, String secondary, int level, boolean diagonal, String tooltip) {
    }

    public HeatMapGrid() {
        getStyleClass().add("heat-map");
    }

    /**
     * @param labels  row and column names
     * @param details a second line under each row name (its size)
     * @param cells   the cell at (row, column)
     */
    public void show(List<String> labels, List<String> details, BiFunction<Integer, Integer, Cell> cells) {
        getChildren().clear();
        for (int i = 0; i < labels.size(); i++) {
            Label column = new Label(labels.get(i));
            column.getStyleClass().add("heat-map-column-header");
            column.setWrapText(true);
            column.setTooltip(new Tooltip(labels.get(i)));
            add(column, i + 1, 0);
            GridPane.setHalignment(column, HPos.CENTER);
            GridPane.setValignment(column, VPos.BOTTOM);
            Label name = new Label(labels.get(i));
            name.getStyleClass().add("heat-map-row-name");
            name.setTooltip(new Tooltip(labels.get(i)));
            Label detail = new Label(details.get(i));
            detail.getStyleClass().add("heat-map-row-detail");
            VBox header = new VBox(name, detail);
            header.getStyleClass().add("heat-map-row-header");
            add(header, 0, i + 1);
            for (int j = 0; j < labels.size(); j++) {
                add(cell(cells.apply(i, j)), j + 1, i + 1);
            }
        }
    }

    private static VBox cell(Cell cell) {
        Label primary = new Label(cell.primary());
        primary.getStyleClass().add("heat-map-primary");
        Label secondary = new Label(cell.secondary());
        secondary.getStyleClass().add("heat-map-secondary");
        VBox box = new VBox(primary, secondary);
        box.getStyleClass().addAll("heat-map-cell", "heat-" + Math.max(0, Math.min(LEVELS, cell.level())));
        if (cell.diagonal()) {
            box.getStyleClass().add("heat-map-diagonal");
        }
        Tooltip.install(box, new Tooltip(cell.tooltip()));
        return box;
    }
}
