package io.segmentstudio.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Table columns over records. The cell value is the raw value (so columns sort by number or date, not
 * by text); the cell shows its formatted text.
 */
public final class Cells {
    private static final int LONG_TEXT = 16;
    private Cells() {
    }

    public static <S, T> void text(TableColumn<S, T> column, Function<S, T> value, Function<T, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty ? null : text.apply(item);
                setText(shown);
                // long values are cut by the column: the tooltip shows them whole
                setTooltip(shown == null || shown.length() < LONG_TEXT ? null : new Tooltip(shown));
            }
        });
    }

    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        text(column, value, shown -> shown);
    }

    /** A coloured chip; styleClass picks its colour ("chip-good"). Empty text shows no chip. */
    public static <S, T> void chip(TableColumn<S, T> column, Function<S, T> value, Function<T, String> text,
                                   Function<T, String> styleClass) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new TableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? "" : text.apply(item);
                if (shown.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                chip.setText(shown);
                chip.getStyleClass().setAll("chip", styleClass.apply(item));
                setGraphic(chip);
            }
        });
    }
}
