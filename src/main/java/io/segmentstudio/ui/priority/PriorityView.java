package io.segmentstudio.ui.priority;

import io.segmentstudio.domain.PriorityGroup;
import io.segmentstudio.ui.common.TaskProgress;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Priorities page: the groups on the left; on the right the selected group's segments in order, each
 * with its raw and exclusive size as bars, the total assigned, and Save / Revert while the order is not
 * saved. Alt+↑/↓ moves the selected segment.
 */
public final class PriorityView {
    private final PriorityViewModel viewModel;
    private final PriorityDialogs dialogs;

    @FXML
    private ProgressIndicator loading;
    @FXML
    private Button refresh;
    @FXML
    private Button newGroup;
    @FXML
    private SplitPane content;
    @FXML
    private ListView<PriorityGroup> groupList;
    @FXML
    private Label groupName;
    @FXML
    private Label groupDescription;
    @FXML
    private MenuButton addSegment;
    @FXML
    private Button deleteGroup;
    @FXML
    private HBox sizing;
    @FXML
    private ProgressBar sizingProgress;
    @FXML
    private Label sizingMessage;
    @FXML
    private Button cancelSizing;
    @FXML
    private ListView<PriorityRow> order;
    @FXML
    private VBox emptyGroup;
    @FXML
    private Label total;
    @FXML
    private HBox unsaved;
    @FXML
    private Label unsavedNote;
    @FXML
    private Button revert;
    @FXML
    private Button save;
    @FXML
    private VBox emptyState;
    @FXML
    private Button emptyNewGroup;
    /** The segment last selected in the order, selected again when the rows are redrawn after a move. */
    private String focused;

    public PriorityView(PriorityViewModel viewModel, PriorityDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        loading.visibleProperty().bind(viewModel.loadingProperty());
        refresh.setOnAction(event -> viewModel.reload());
        newGroup.setOnAction(event -> askNewGroup());
        emptyNewGroup.setOnAction(event -> askNewGroup());
        content.visibleProperty().bind(viewModel.noGroupsProperty().not());
        emptyState.visibleProperty().bind(viewModel.noGroupsProperty());
        content.setDividerPositions(0.26);
        bindGroups();
        bindHeader();
        bindOrder();
        TaskProgress.bind(viewModel.previewTaskProperty(), sizing, sizingProgress, sizingMessage);
        cancelSizing.setOnAction(event -> viewModel.cancelPreview());
        total.textProperty().bind(viewModel.totalProperty());
        unsavedNote.textProperty().bind(viewModel.unsavedNoteProperty());
        unsaved.visibleProperty().bind(viewModel.dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.save());
        revert.disableProperty().bind(viewModel.savingProperty());
        revert.setOnAction(event -> viewModel.revert());
    }

    private void bindGroups() {
        groupList.setItems(viewModel.groups());
        groupList.setCellFactory(list -> new GroupCell(viewModel));
        groupList.getSelectionModel().selectedItemProperty().addListener((observable, old, group) -> {
            PriorityGroup shown = viewModel.selectedProperty().get();
            if (group == null || sameGroup(group, shown)) {
                return;
            }
            if (viewModel.dirtyProperty().get() && !dialogs.confirmDiscardOrder(groupList.getScene().getWindow(), shown)) {
                // kept: the list goes back to the group whose order is being worked on
                Platform.runLater(() -> groupList.getSelectionModel().select(shown));
                return;
            }
            viewModel.selectedProperty().set(group);
        });
        viewModel.selectedProperty().addListener((observable, old, group) -> groupList.getSelectionModel().select(group));
        // replacing the items clears the list's selection; the view model's stays
        viewModel.groups().addListener((ListChangeListener<PriorityGroup>) change ->
                groupList.getSelectionModel().select(viewModel.selectedProperty().get()));
        groupList.getSelectionModel().select(viewModel.selectedProperty().get());
    }

    private static boolean sameGroup(PriorityGroup a, PriorityGroup b) {
        return b != null && a.name().equals(b.name());
    }

    private void bindHeader() {
        groupName.textProperty().bind(viewModel.selectedProperty().map(PriorityGroup::name).orElse(""));
        groupDescription.textProperty().bind(viewModel.selectedProperty().map(PriorityGroup::description).orElse(""));
        groupDescription.managedProperty().bind(groupDescription.textProperty().isNotEmpty());
        deleteGroup.disableProperty().bind(viewModel.selectedProperty().isNull());
        deleteGroup.setOnAction(event -> {
            PriorityGroup group = viewModel.selectedProperty().get();
            if (group != null && dialogs.confirmDelete(window(), group)) {
                viewModel.deleteSelected();
            }
        });
        viewModel.addableSegments().addListener((ListChangeListener<String>) change -> addableItems());
        addableItems();
        addSegment.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    private void addableItems() {
        addSegment.getItems().clear();
        for (String segment : viewModel.addableSegments()) {
            MenuItem item = new MenuItem(segment);
            item.setOnAction(event -> viewModel.add(segment));
            addSegment.getItems().add(item);
        }
        if (addSegment.getItems().isEmpty()) {
            MenuItem none = new MenuItem("Every segment is in this group");
            none.setDisable(true);
            addSegment.getItems().add(none);
        }
    }

    private void bindOrder() {
        order.setItems(viewModel.rows());
        order.setCellFactory(list -> new PriorityRowCell(viewModel));
        emptyGroup.visibleProperty().bind(viewModel.emptyGroupProperty());
        order.visibleProperty().bind(viewModel.emptyGroupProperty().not());
        // rows are redrawn after every change: the moved segment stays selected, so Alt+arrows can repeat
        order.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                focused = row.segment();
            }
        });
        viewModel.rows().addListener((ListChangeListener<PriorityRow>) change -> {
            for (int i = 0; i < viewModel.rows().size(); i++) {
                if (viewModel.rows().get(i).segment().equals(focused)) {
                    order.getSelectionModel().select(i);
                }
            }
        });
        order.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            PriorityRow row = order.getSelectionModel().getSelectedItem();
            if (row == null || !event.isAltDown()) {
                return;
            }
            if (event.getCode() == KeyCode.UP) {
                viewModel.moveUp(row.segment());
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                viewModel.moveDown(row.segment());
                event.consume();
            }
        });
    }

    private void askNewGroup() {
        dialogs.newGroup(window(), viewModel.catalogSegments(), viewModel::nameProblem)
                .ifPresent(group -> viewModel.create(group.name(), group.description(), group.segments()));
    }

    private Window window() {
        return groupList.getScene().getWindow();
    }

    /** A group in the list: its name over its size and description. */
    private static final class GroupCell extends ListCell<PriorityGroup> {
        private final PriorityViewModel viewModel;
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, name, detail);

        GroupCell(PriorityViewModel viewModel) {
            this.viewModel = viewModel;
            name.getStyleClass().add("priority-group-name");
            detail.getStyleClass().add("priority-group-detail");
            detail.setWrapText(true);
            box.getStyleClass().add("priority-group-cell");
            setText(null);
        }

        @Override
        protected void updateItem(PriorityGroup group, boolean empty) {
            super.updateItem(group, empty);
            if (empty || group == null) {
                setGraphic(null);
                return;
            }
            name.setText(group.name());
            detail.setText(viewModel.describe(group));
            setGraphic(box);
        }
    }
}
