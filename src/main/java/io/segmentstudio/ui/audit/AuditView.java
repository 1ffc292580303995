package io.segmentstudio.ui.audit;

import io.segmentstudio.ui.common.Cells;
import io.segmentstudio.ui.controls.FillBar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The audit log page: filters, the activity chart and who was busiest, the entries, and their export. */
public final class AuditView {
    /** Quiet time after a keystroke in the subject field before reading again. */
    public static final Duration TYPING_PAUSE = Duration.millis(250);

    private final AuditViewModel viewModel;
    private final AuditDialogs dialogs;

    @FXML
    private Label summary;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Button refresh;
    @FXML
    private Button export;
    @FXML
    private ComboBox<FilterChoice<String>> actor;
    @FXML
    private ComboBox<FilterChoice<AuditKind>> kind;
    @FXML
    private TextField subject;
    @FXML
    private DatePicker from;
    @FXML
    private DatePicker to;
    @FXML
    private Button clearFilters;
    @FXML
    private Label limitNotice;
    @FXML
    private HBox exportNoticeBox;
    @FXML
    private Label exportNotice;
    @FXML
    private Button dismissExport;
    @FXML
    private VBox content;
    @FXML
    private StackedBarChart<String, Number> chart;
    @FXML
    private CategoryAxis days;
    @FXML
    private NumberAxis counts;
    @FXML
    private FlowPane legend;
    @FXML
    private VBox people;
    @FXML
    private TableView<AuditRow> table;
    @FXML
    private TableColumn<AuditRow, Instant> timeColumn;
    @FXML
    private TableColumn<AuditRow, String> actorColumn;
    @FXML
    private TableColumn<AuditRow, AuditRow> actionColumn;
    @FXML
    private TableColumn<AuditRow, String> subjectColumn;
    @FXML
    private TableColumn<AuditRow, String> sentenceColumn;
    @FXML
    private VBox noMatches;
    @FXML
    private Button clearFromEmpty;
    @FXML
    private VBox nothingRecorded;

    public AuditView(AuditViewModel viewModel, AuditDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        refresh.setOnAction(event -> viewModel.refresh());
        export.disableProperty().bind(Bindings.isEmpty(viewModel.rows()).or(viewModel.exportingProperty()));
        export.setOnAction(event -> dialogs.chooseExportFile(export.getScene().getWindow(), viewModel.exportFileName())
                .ifPresent(viewModel::export));
        bindFilters();
        limitNotice.setText(viewModel.limitMessage());
        showWhile(limitNotice, viewModel.limitReachedProperty());
        exportNotice.textProperty().bind(viewModel.exportNoticeProperty());
        showWhile(exportNoticeBox, viewModel.exportNoticeProperty().isNotEmpty());
        dismissExport.setOnAction(event -> viewModel.dismissExportNotice());
        content.visibleProperty().bind(viewModel.noMatchesProperty().or(viewModel.nothingRecordedProperty()).not());
        noMatches.visibleProperty().bind(viewModel.noMatchesProperty());
        nothingRecorded.visibleProperty().bind(viewModel.nothingRecordedProperty());
        bindTable();
        viewModel.activity().addListener((ListChangeListener<ActivityBar>) change -> showActivity());
        viewModel.mostActive().addListener((ListChangeListener<ActorActivity>) change -> showPeople());
        showActivity();
        showPeople();
    }

    private void bindFilters() {
        actor.setItems(viewModel.actorChoices());
        actor.valueProperty().bindBidirectional(viewModel.actorProperty());
        kind.setItems(viewModel.kindChoices());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        subject.textProperty().bindBidirectional(viewModel.subjectProperty());
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        clearFilters.disableProperty().bind(viewModel.filteredProperty().not());
        clearFilters.setOnAction(event -> viewModel.clearFilters());
        clearFromEmpty.setOnAction(event -> viewModel.clearFilters());
    }

    private void bindTable() {
        Cells.text(timeColumn, row -> row.entry().occurredAt(), viewModel::time);
        Cells.text(actorColumn, row -> row.entry().actor());
        actionColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        actionColumn.setCellFactory(column -> new ActionChipCell());
        actionColumn.setComparator(Comparator.comparing(AuditRow::label));
        Cells.text(subjectColumn, AuditRow::subject);
        Cells.text(sentenceColumn, AuditRow::sentence);
        SortedList<AuditRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /** One stacked series per kind, every kind in the same order, each bar coloured by its kind. */
    private void showActivity() {
        List<ActivityBar> bars = viewModel.activity();
        Map<AuditKind, XYChart.Series<String, Number>> byKind = new EnumMap<>(AuditKind.class);
        List<String> labels = new ArrayList<>();
        for (ActivityBar bar : bars) {
            labels.add(bar.label());
            for (AuditKind part : AuditKind.values()) {
                if (bar.count(part) > 0) {
                    XYChart.Data<String, Number> data = new XYChart.Data<>(bar.label(), bar.count(part));
                    data.setExtraValue(bar);
                    byKind.computeIfAbsent(part, ignored -> new XYChart.Series<>()).getData().add(data);
                }
            }
        }
        chart.getData().clear();
        days.setCategories(FXCollections.observableArrayList(labels));
        counts.setTickUnit(viewModel.chartStep());
        counts.setUpperBound(viewModel.chartTop());
        chart.getData().setAll(byKind.values());
        // with a fixed count axis the chart no longer ranges its category axis itself
        days.invalidateRange(labels);
        byKind.forEach((part, series) -> series.getData().forEach(data -> decorate(data, part)));
        legend.getChildren().setAll(byKind.keySet().stream().map(AuditView::legendItem).toList());
        chart.setVisible(!bars.isEmpty());
    }

    private void decorate(XYChart.Data<String, Number> data, AuditKind part) {
        Node bar = data.getNode();
        ActivityBar period = (ActivityBar) data.getExtraValue();
        bar.getStyleClass().add(part.styleClass());
        Tooltip.install(bar, new Tooltip(viewModel.describe(period, part) + "\nClick to show only this period"));
        bar.setCursor(Cursor.HAND);
        bar.setOnMouseClicked(event -> viewModel.showPeriod(period));
    }

    private static Node legendItem(AuditKind part) {
        Region dot = new Region();
        dot.getStyleClass().addAll("audit-dot", part.styleClass());
        Label item = new Label(part.label(), dot);
        item.getStyleClass().add("audit-legend-item");
        return item;
    }

    private void showPeople() {
        people.getChildren().clear();
        for (ActorActivity person : viewModel.mostActive()) {
            Label name = new Label(person.actor());
            name.getStyleClass().add("audit-person-name");
            FillBar bar = new FillBar();
            bar.setValue(person.share());
            HBox.setHgrow(bar, Priority.ALWAYS);
            bar.setMaxWidth(Double.MAX_VALUE);
            Label count = new Label(viewModel.entries(person));
            count.getStyleClass().add("audit-person-count");
            HBox row = new HBox(name, bar, count);
            row.getStyleClass().add("audit-person");
            Tooltip.install(row, new Tooltip("Show only " + person.actor() + "’s entries"));
            row.setOnMouseClicked(event -> viewModel.showActor(person.actor()));
            people.getChildren().add(row);
        }
    }

    private static void showWhile(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
