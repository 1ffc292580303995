package io.segmentstudio.ui.versions;

import io.segmentstudio.domain.SegmentVersion;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The versions pane of a segment: its history, the diff of two versions as one tree, and restoring an
 * old version. Meant to sit in a segment's detail area, 450–600 px wide.
 */
public final class VersionsView {
    private static final PseudoClass SAME = PseudoClass.getPseudoClass("same");
    private final VersionsViewModel viewModel;
    private final VersionDialogs dialogs;

    @FXML
    private VBox content;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Label count;
    @FXML
    private SplitPane split;
    @FXML
    private ListView<SegmentVersion> list;
    @FXML
    private ComboBox<SegmentVersion> olderChoice;
    @FXML
    private ComboBox<SegmentVersion> newerChoice;
    @FXML
    private VBox compareControls;
    @FXML
    private Label summary;
    @FXML
    private ScrollPane diffScroll;
    @FXML
    private Label diffMessage;
    @FXML
    private Button restore;
    @FXML
    private Label restoreHint;
    @FXML
    private Label notice;
    @FXML
    private VBox emptyState;
    @FXML
    private Label emptyText;

    public VersionsView(VersionsViewModel viewModel, VersionDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        emptyText.textProperty().bind(viewModel.emptyMessageProperty());
        emptyState.visibleProperty().bind(viewModel.emptyMessageProperty().isNotEmpty());
        content.visibleProperty().bind(viewModel.emptyMessageProperty().isEmpty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        count.textProperty().bind(viewModel.countProperty());
        split.setDividerPositions(0.34);
        bindList();
        bindDiff();
        bindRestore();
    }

    private void bindList() {
        list.setItems(viewModel.versions());
        list.setCellFactory(ignored -> new VersionCell(viewModel));
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, version) -> {
            if (version != null) {
                viewModel.selectedProperty().set(version);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, version) ->
                list.getSelectionModel().select(version));
    }

    private void bindDiff() {
        for (ComboBox<SegmentVersion> choice : List.of(olderChoice, newerChoice)) {
            choice.setItems(viewModel.versions());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(SegmentVersion version) {
                    return viewModel.choice(version);
                }

                @Override
                public SegmentVersion fromString(String text) {
                    throw new UnsupportedOperationException("versions are chosen, not typed");
                }
            });
            choice.setCellFactory(ignored -> new ListCell<>() {
                @Override
                protected void updateItem(SegmentVersion version, boolean empty) {
                    super.updateItem(version, empty);
                    setText(empty ? null : viewModel.choice(version));
                }
            });
        }
        olderChoice.valueProperty().bindBidirectional(viewModel.olderProperty());
        newerChoice.valueProperty().bindBidirectional(viewModel.newerProperty());
        summary.textProperty().bind(viewModel.diffSummaryProperty());
        viewModel.sameRuleProperty().addListener((observable, old, same) ->
                summary.pseudoClassStateChanged(SAME, same));
        diffScroll.setContent(new DiffTreeView(viewModel.diffRows()));
        diffMessage.textProperty().bind(viewModel.diffMessageProperty());
        diffMessage.visibleProperty().bind(viewModel.diffMessageProperty().isNotEmpty());
        diffScroll.visibleProperty().bind(diffMessage.visibleProperty().not());
        compareControls.visibleProperty().bind(diffScroll.visibleProperty());
        compareControls.managedProperty().bind(compareControls.visibleProperty());
    }

    private void bindRestore() {
        restore.textProperty().bind(viewModel.restoreTextProperty());
        restore.disableProperty().bind(viewModel.canRestoreProperty().not());
        restoreHint.textProperty().bind(viewModel.restoreHintProperty());
        restoreHint.visibleProperty().bind(viewModel.restoreHintProperty().isNotEmpty());
        restoreHint.managedProperty().bind(restoreHint.visibleProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        restore.setOnAction(event -> {
            SegmentVersion version = viewModel.selectedProperty().get();
            dialogs.restoreComment(restore.getScene().getWindow(), version.segment(), version.version())
                    .ifPresent(comment -> viewModel.restoreAsDraft(version.version(), comment));
        });
    }
}
