package io.segmentstudio.ui.overlap;

import io.segmentstudio.analytics.OverlapMatrix;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.controls.HeatMapGrid;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The Overlaps page: a heat-map grid of shared members, or why there is none yet. */
public final class OverlapView {
    private final OverlapViewModel viewModel;

    @FXML
    private ProgressIndicator loading;
    @FXML
    private VBox gridPane;
    @FXML
    private Label leftOut;
    @FXML
    private HeatMapGrid grid;
    @FXML
    private VBox emptyState;
    @FXML
    private Label emptyMessage;
    @FXML
    private VBox waitingBox;
    @FXML
    private FlowPane waiting;

    public OverlapView(OverlapViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        loading.visibleProperty().bind(viewModel.loadingProperty());
        emptyMessage.textProperty().bind(viewModel.emptyMessageProperty());
        leftOut.textProperty().bind(viewModel.leftOutProperty());
        leftOut.managedProperty().bind(leftOut.textProperty().isNotEmpty());
        emptyState.visibleProperty().bind(viewModel.emptyMessageProperty().isNotEmpty());
        gridPane.visibleProperty().bind(viewModel.matrixProperty().map(matrix -> matrix.size() >= 2));
        viewModel.matrixProperty().addListener((observable, old, matrix) -> showGrid(matrix));
        viewModel.unevaluatedSegments().addListener((ListChangeListener<SegmentSummary>) change -> showWaiting());
        showGrid(viewModel.matrixProperty().get());
        showWaiting();
    }

    private void showGrid(OverlapMatrix matrix) {
        List<String> names = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < matrix.size(); i++) {
            names.add(matrix.segments().get(i).name());
            sizes.add(viewModel.members(i) + " members");
        }
        grid.show(names, sizes, (row, column) -> {
            OverlapCell cell = viewModel.cell(row, column);
            return new HeatMapGrid.Cell(cell.shared(), cell.share(), cell.heat(), cell.self(),
                    viewModel.describe(row, column));
        });
    }

    private void showWaiting() {
        waiting.getChildren().clear();
        for (SegmentSummary segment : viewModel.unevaluatedSegments()) {
            Label name = new Label(segment.name());
            name.getStyleClass().add("waiting-item");
            waiting.getChildren().add(name);
        }
        waitingBox.setVisible(!waiting.getChildren().isEmpty());
        waitingBox.setManaged(waitingBox.isVisible());
    }
}
