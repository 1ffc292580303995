package io.segmentstudio.ui.data;

import io.segmentstudio.domain.AttributeStats;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.EventTypeCount;
import io.segmentstudio.ui.common.Cells;
import io.segmentstudio.ui.controls.FillBar;
import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.ImportLog.ImportRun;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The Data page: header figures, the attribute catalog, event types with their chart, and import runs. */
public final class DataView {
    private final DataViewModel viewModel;

    @FXML
    private ProgressIndicator loading;
    @FXML
    private Label profiles;
    @FXML
    private Label events;
    @FXML
    private Label attributeCount;
    @FXML
    private TableView<AttributeStats> attributes;
    @FXML
    private Label noAttributes;
    @FXML
    private Label noEventTypes;
    @FXML
    private TableColumn<AttributeStats, String> attributeName;
    @FXML
    private TableColumn<AttributeStats, AttributeType> attributeType;
    @FXML
    private TableColumn<AttributeStats, String> attributeDescription;
    @FXML
    private TableColumn<AttributeStats, String> attributeSource;
    @FXML
    private TableColumn<AttributeStats, Boolean> attributePii;
    @FXML
    private TableColumn<AttributeStats, AttributeStats> attributeFill;
    @FXML
    private TableColumn<AttributeStats, Long> attributeDistinct;
    @FXML
    private TableView<EventTypeCount> eventTypes;
    @FXML
    private TableColumn<EventTypeCount, String> eventType;
    @FXML
    private TableColumn<EventTypeCount, Long> eventCount;
    @FXML
    private TableColumn<EventTypeCount, Instant> eventFirst;
    @FXML
    private TableColumn<EventTypeCount, Instant> eventLast;
    @FXML
    private BarChart<String, Number> eventChart;
    @FXML
    private Label noEvents;
    @FXML
    private VBox importsSection;
    @FXML
    private TableView<ImportRun> imports;
    @FXML
    private TableColumn<ImportRun, String> importSource;
    @FXML
    private TableColumn<ImportRun, Instant> importStarted;
    @FXML
    private TableColumn<ImportRun, ImportRun> importRows;
    @FXML
    private TableColumn<ImportRun, ImportLog.Status> importStatus;

    public DataView(DataViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        loading.visibleProperty().bind(viewModel.loadingProperty());
        profiles.textProperty().bind(viewModel.profilesProperty());
        events.textProperty().bind(viewModel.eventsProperty());
        attributeCount.textProperty().bind(viewModel.attributeCountProperty());
        // "no data" sentences only once the data is known to be missing, not while it loads
        noAttributes.visibleProperty().bind(viewModel.loadingProperty().not());
        noEventTypes.visibleProperty().bind(viewModel.loadingProperty().not());
        bindAttributes();
        bindEventTypes();
        bindImports();
    }

    private void bindAttributes() {
        Cells.text(attributeName, stats -> stats.attribute().name());
        Cells.chip(attributeType, stats -> stats.attribute().type(), AttributeType::label, type -> "chip-type");
        Cells.text(attributeDescription, stats -> stats.attribute().description());
        Cells.text(attributeSource, stats -> stats.attribute().source());
        Cells.chip(attributePii, stats -> stats.attribute().pii(), pii -> pii ? "PII" : "", pii -> "chip-pii");
        attributeFill.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        attributeFill.setComparator(Comparator.comparingDouble(AttributeStats::fillRate));
        attributeFill.setCellFactory(column -> new FillRateCell());
        Cells.text(attributeDistinct, AttributeStats::distinct, viewModel::count);
        attributes.setItems(viewModel.attributes());
    }

    private void bindEventTypes() {
        Cells.text(eventType, EventTypeCount::eventType);
        Cells.text(eventCount, EventTypeCount::count, viewModel::count);
        Cells.text(eventFirst, EventTypeCount::first, viewModel::time);
        Cells.text(eventLast, EventTypeCount::last, viewModel::time);
        eventTypes.setItems(viewModel.eventTypes());
        eventChart.visibleProperty().bind(Bindings.isNotEmpty(viewModel.eventTypes()));
        noEvents.visibleProperty().bind(Bindings.isEmpty(viewModel.eventTypes()).and(viewModel.loadingProperty().not()));
        viewModel.eventTypes().addListener((ListChangeListener<EventTypeCount>) change -> showEventChart());
        showEventChart();
    }

    private void showEventChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (EventTypeCount type : viewModel.eventTypes()) {
            series.getData().add(new XYChart.Data<>(type.eventType(), type.count()));
        }
        eventChart.getData().setAll(List.of(series));
    }

    private void bindImports() {
        Cells.text(importSource, ImportRun::source);
        Cells.text(importStarted, ImportRun::startedAt, viewModel::time);
        Cells.text(importRows, run -> run, viewModel::importOutcome);
        Cells.chip(importStatus, ImportRun::status, DataViewModel::statusLabel, DataViewModel::statusStyleClass);
        imports.setItems(viewModel.imports());
        importsSection.visibleProperty().bind(viewModel.noImportsProperty().not());
        importsSection.managedProperty().bind(importsSection.visibleProperty());
    }

    /** A fill-rate bar with its percentage. */
    private final class FillRateCell extends TableCell<AttributeStats, AttributeStats> {
        private final FillBar bar = new FillBar();

        FillRateCell() {
            setContentDisplay(ContentDisplay.LEFT);
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(AttributeStats stats, boolean empty) {
            super.updateItem(stats, empty);
            if (empty || stats == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bar.setValue(stats.fillRate());
            setGraphic(bar);
            setText(viewModel.fillRate(stats));
        }
    }
}
