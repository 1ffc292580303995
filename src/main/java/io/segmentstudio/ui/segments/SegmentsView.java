package io.segmentstudio.ui.segments;

import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.common.Cells;
import java.time.Instant;
import java.util.Comparator;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The segment catalog table with its search field and the selected segment's details. */
public final class SegmentsView {
    private final SegmentsViewModel viewModel;

    @FXML
    private Label summary;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private TextField search;
    @FXML
    private SplitPane content;
    @FXML
    private TableView<SegmentSummary> table;
    @FXML
    private TableColumn<SegmentSummary, String> nameColumn;
    @FXML
    private TableColumn<SegmentSummary, String> folderColumn;
    @FXML
    private TableColumn<SegmentSummary, SegmentStatus> statusColumn;
    @FXML
    private TableColumn<SegmentSummary, Integer> versionColumn;
    @FXML
    private TableColumn<SegmentSummary, String> ownerColumn;
    @FXML
    private TableColumn<SegmentSummary, SegmentSummary> membersColumn;
    @FXML
    private TableColumn<SegmentSummary, SegmentSummary> updatedColumn;
    @FXML
    private Label noMatches;
    @FXML
    private VBox detail;
    @FXML
    private Label detailName;
    @FXML
    private Label detailStatus;
    @FXML
    private Label detailMeta;
    @FXML
    private Label detailDescription;
    @FXML
    private FlowPane detailTags;
    @FXML
    private Label detailMembers;
    @FXML
    private Label detailEvaluated;
    @FXML
    private Label noSelection;
    @FXML
    private VBox emptyState;

    public SegmentsView(SegmentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        noMatches.textProperty().bind(search.textProperty().map(text -> "No segment matches “" + text + "”."));
        noMatches.visibleProperty().bind(viewModel.noMatchesProperty());
        bindTable();
        content.setDividerPositions(0.7);
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        search.disableProperty().bind(viewModel.emptyProperty());
        viewModel.selectedProperty().addListener((observable, old, segment) -> showDetail(segment));
        showDetail(null);
    }

    private void bindTable() {
        Cells.text(nameColumn, SegmentSummary::name);
        Cells.text(folderColumn, SegmentSummary::folder);
        Cells.chip(statusColumn, SegmentSummary::status, SegmentStatus::label, SegmentsViewModel::statusStyleClass);
        Cells.text(versionColumn, SegmentSummary::currentVersion, version -> "v" + version);
        Cells.text(ownerColumn, SegmentSummary::owner);
        Cells.text(membersColumn, segment -> segment, viewModel::members);
        membersColumn.setComparator(Comparator.comparingLong(SegmentSummary::members));
        Cells.text(updatedColumn, segment -> segment, viewModel::updated);
        updatedColumn.setComparator(Comparator.comparing(SegmentSummary::updatedAt, Comparator.<Instant>naturalOrder()));
        table.setItems(viewModel.visibleSegments());
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
    }

    private void showDetail(SegmentSummary segment) {
        detail.setVisible(segment != null);
        noSelection.setVisible(segment == null);
        if (segment == null) {
            return;
        }
        detailName.setText(segment.name());
        detailStatus.setText(segment.status().label());
        detailStatus.getStyleClass().setAll("chip", SegmentsViewModel.statusStyleClass(segment.status()));
        detailMeta.setText(viewModel.meta(segment));
        detailDescription.setText(segment.description().isBlank() ? "No description." : segment.description());
        detailTags.getChildren().clear();
        for (String tag : segment.tags()) {
            Label chip = new Label(tag);
            chip.getStyleClass().addAll("chip", "chip-tag");
            detailTags.getChildren().add(chip);
        }
        if (segment.tags().isEmpty()) {
            detailTags.getChildren().add(new Label("No tags"));
        }
        detailMembers.setText(viewModel.members(segment));
        detailEvaluated.setText(viewModel.lastEvaluated(segment));
    }
}
