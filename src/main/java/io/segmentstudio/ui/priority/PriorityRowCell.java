package io.segmentstudio.ui.priority;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One segment of the working order: grip, rank, name, kept and raw figures, the two bars and what the
 * segments above take. The grip drags the segment; dropping on the upper half of a row puts it above that
 * row, on the lower half below it, on the empty space under the list at the bottom.
 */
final class PriorityRowCell extends ListCell<PriorityRow> {
    private static final String DRAG_PREFIX = "priority-segment:";
    private static final PseudoClass DROP_ABOVE = PseudoClass.getPseudoClass("drop-above");
    private static final PseudoClass DROP_BELOW = PseudoClass.getPseudoClass("drop-below");
    private static final PseudoClass LOSING = PseudoClass.getPseudoClass("losing");

    private final PriorityViewModel viewModel;
    private final Label grip = new Label("⠿");
    private final Label rank = new Label();
    private final Label name = new Label();
    private final Label kept = new Label();
    private final Label members = new Label();
    private final SizeBars bars = new SizeBars();
    private final Label loss = new Label();
    private final HBox row;

    PriorityRowCell(PriorityViewModel viewModel) {
        this.viewModel = viewModel;
        grip.getStyleClass().add("drag-handle");
        grip.setTooltip(new Tooltip("Drag to change the priority (Alt+↑/↓ moves the selected segment)"));
        rank.getStyleClass().add("priority-rank");
        rank.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("priority-segment");
        kept.getStyleClass().add("priority-kept");
        members.getStyleClass().add("muted");
        loss.getStyleClass().add("priority-loss");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox figures = new HBox(6, name, gap, kept, members);
        figures.getStyleClass().add("priority-figures");
        bars.setMaxWidth(Double.MAX_VALUE);
        VBox body = new VBox(4, figures, bars, loss);
        HBox.setHgrow(body, Priority.ALWAYS);
        Button remove = new Button("✕");
        remove.getStyleClass().addAll("icon-button", "priority-remove");
        remove.setTooltip(new Tooltip("Remove from this group (until you save, Revert brings it back)"));
        remove.setOnAction(event -> viewModel.remove(getItem().segment()));
        row = new HBox(10, grip, rank, body, remove);
        row.getStyleClass().add("priority-row");
        setText(null);
        dragSource();
        dropTarget();
    }

    @Override
    protected void updateItem(PriorityRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        rank.setText(Integer.toString(item.rank()));
        name.setText(item.segment());
        kept.setText(item.keptText());
        members.setText(item.membersText());
        bars.show(item.membersScale(), item.exclusiveScale());
        loss.setText(item.loss());
        row.pseudoClassStateChanged(LOSING, item.losing());
        setGraphic(row);
    }

    private void dragSource() {
        grip.setOnDragDetected(event -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = grip.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_PREFIX + getItem().segment());
            board.setContent(content);
            event.consume();
        });
    }

    private void dropTarget() {
        setOnDragOver(event -> {
            dragged(event).filter(segment -> getItem() == null || !segment.equals(getItem().segment()))
                    .ifPresent(segment -> {
                        event.acceptTransferModes(TransferMode.MOVE);
                        showDrop(getItem() != null && below(event), getItem() != null && !below(event));
                    });
            event.consume();
        });
        setOnDragExited(event -> showDrop(false, false));
        setOnDragDropped(event -> {
            Optional<String> segment = dragged(event);
            segment.ifPresent(dragged -> {
                if (getItem() == null) {
                    viewModel.move(dragged, Integer.MAX_VALUE);
                } else {
                    viewModel.drop(dragged, getItem().segment(), below(event));
                }
            });
            showDrop(false, false);
            event.setDropCompleted(segment.isPresent());
            event.consume();
        });
    }

    private boolean below(DragEvent event) {
        return event.getY() >= getHeight() / 2;
    }

    private void showDrop(boolean below, boolean above) {
        pseudoClassStateChanged(DROP_BELOW, below);
        pseudoClassStateChanged(DROP_ABOVE, above);
    }

    private static Optional<String> dragged(DragEvent event) {
        Dragboard board = event.getDragboard();
        return board.hasString() && board.getString().startsWith(DRAG_PREFIX)
                ? Optional.of(board.getString().substring(DRAG_PREFIX.length())) : Optional.empty();
    }
}
