package io.segmentstudio.ui.kpi;

import io.segmentstudio.analytics.KpiSnapshot.MonthlyEvents;
import io.segmentstudio.analytics.KpiSnapshot.MonthlyRevenue;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The KPI page: headline cards, revenue by month and events by month per type. */
public final class KpiView {
    private final KpiViewModel viewModel;

    @FXML
    private ProgressIndicator loading;
    @FXML
    private FlowPane cards;
    @FXML
    private AreaChart<String, Number> revenueChart;
    @FXML
    private CategoryAxis revenueMonths;
    @FXML
    private Label noRevenue;
    @FXML
    private StackedBarChart<String, Number> eventsChart;
    @FXML
    private CategoryAxis eventMonths;
    @FXML
    private Label noEvents;

    public KpiView(KpiViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        loading.visibleProperty().bind(viewModel.loadingProperty());
        viewModel.cards().addListener((ListChangeListener<KpiCard>) change -> showCards());
        viewModel.revenueByMonth().addListener((ListChangeListener<MonthlyRevenue>) change -> showRevenue());
        viewModel.eventsByMonth().addListener((ListChangeListener<MonthlyEvents>) change -> showEvents());
        // an empty chart still draws a made-up axis: show only the sentence, once loading says there is no data
        revenueChart.visibleProperty().bind(Bindings.isNotEmpty(viewModel.revenueByMonth()));
        noRevenue.visibleProperty().bind(Bindings.isEmpty(viewModel.revenueByMonth())
                .and(viewModel.loadingProperty().not()));
        eventsChart.visibleProperty().bind(Bindings.isNotEmpty(viewModel.eventsByMonth()));
        noEvents.visibleProperty().bind(Bindings.isEmpty(viewModel.eventsByMonth())
                .and(viewModel.loadingProperty().not()));
        showCards();
        showRevenue();
        showEvents();
    }

    private void showCards() {
        cards.getChildren().clear();
        for (KpiCard card : viewModel.cards()) {
            Label title = new Label(card.title());
            title.getStyleClass().add("card-title");
            Label value = new Label(card.value());
            value.getStyleClass().add("card-value");
            Label note = new Label(card.note());
            note.getStyleClass().add("card-note");
            note.setWrapText(true);
            VBox box = new VBox(title, value, note);
            box.getStyleClass().addAll("card", "kpi-card");
            if (card.value().equals(KpiViewModel.MISSING)) {
                box.getStyleClass().add("kpi-card-missing");
            }
            cards.getChildren().add(box);
        }
    }

    private void showRevenue() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Revenue");
        List<String> months = new ArrayList<>();
        for (MonthlyRevenue month : viewModel.revenueByMonth()) {
            months.add(viewModel.month(month.month()));
            series.getData().add(new XYChart.Data<>(viewModel.month(month.month()), month.revenue()));
        }
        revenueChart.getData().clear();
        setMonths(revenueMonths, months);
        revenueChart.getData().setAll(List.of(series));
    }

    /** One stacked series per event type over every month that has events. */
    private void showEvents() {
        TreeSet<YearMonth> months = new TreeSet<>();
        Map<String, XYChart.Series<String, Number>> byType = new LinkedHashMap<>();
        for (MonthlyEvents row : viewModel.eventsByMonth()) {
            months.add(row.month());
            byType.computeIfAbsent(row.eventType(), type -> {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(type);
                return series;
            }).getData().add(new XYChart.Data<>(viewModel.month(row.month()), row.count()));
        }
        List<String> categories = new ArrayList<>();
        months.forEach(month -> categories.add(viewModel.month(month)));
        eventsChart.getData().clear();
        setMonths(eventMonths, categories);
        eventsChart.getData().setAll(byType.values());
    }

    /**
     * Fixed categories: stacked bars need every month up front or land in the wrong slots, and a fixed
     * axis thins out crowded labels instead of turning them on their side.
     */
    private static void setMonths(CategoryAxis axis, List<String> months) {
        axis.setCategories(FXCollections.observableArrayList(months));
    }
}
