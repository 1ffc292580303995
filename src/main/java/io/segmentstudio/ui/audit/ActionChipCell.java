package io.segmentstudio.ui.audit;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;

/** The action of a row as a chip with a dot in its kind's chart colour, so the table reads like the chart. */
final class ActionChipCell extends TableCell<AuditRow, AuditRow> {
    private final Region dot = new Region();
    private final Label chip = new Label("", dot);

    ActionChipCell() {
        chip.getStyleClass().addAll("chip", "audit-chip");
    }

    @Override
    protected void updateItem(AuditRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        chip.setText(row.label());
        dot.getStyleClass().setAll("audit-dot", row.kind().styleClass());
        setGraphic(chip);
    }
}
