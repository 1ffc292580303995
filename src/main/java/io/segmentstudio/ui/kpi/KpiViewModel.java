package io.segmentstudio.ui.kpi;

import io.segmentstudio.analytics.KpiSnapshot;
import io.segmentstudio.analytics.KpiSnapshot.MonthlyEvents;
import io.segmentstudio.analytics.KpiSnapshot.MonthlyRevenue;
import io.segmentstudio.analytics.WorkspaceKpis;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.Workspace;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Headline KPIs of the workspace and their monthly series. */
public final class KpiViewModel {
    static final String MISSING = "—";
    private static final String NO_AMOUNTS = "No purchase events with an amount";
    private static final String NO_EMAIL = "No email_sent events";

    private final Formats formats;
    private final ObservableList<KpiCard> cards = FXCollections.observableArrayList();
    private final ObservableList<MonthlyRevenue> revenueByMonth = FXCollections.observableArrayList();
    private final ObservableList<MonthlyEvents> eventsByMonth = FXCollections.observableArrayList();
    private final WorkspaceQuery<KpiSnapshot> query;

    public KpiViewModel(ReadOnlyObjectProperty<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                        Formats formats) {
        this.formats = formats;
        query = new WorkspaceQuery<>(workspace, tasks, errors, "KPIs", open -> new WorkspaceKpis(open).snapshot(),
                this::show, this::clear);
    }

    private void show(KpiSnapshot kpis) {
        cards.setAll(cards(kpis));
        revenueByMonth.setAll(kpis.revenueByMonth());
        eventsByMonth.setAll(kpis.eventsByMonth());
    }

    private void clear() {
        cards.clear();
        revenueByMonth.clear();
        eventsByMonth.clear();
    }

    List<KpiCard> cards(KpiSnapshot kpis) {
        String ordersNote = kpis.orders() == 0 ? "No purchase events" : "Purchase events";
        return List.of(
                new KpiCard("Profiles", formats.count(kpis.profiles()), formats.count(kpis.events()) + " events"),
                new KpiCard("Buyers", formats.count(kpis.buyers()), formats.percent(kpis.buyerShare()) + " of profiles"),
                new KpiCard("Orders", formats.count(kpis.orders()), ordersNote),
                new KpiCard("Revenue", kpis.revenue().map(formats::money).orElse(MISSING),
                        kpis.revenue().isPresent() ? "Sum of purchase amounts" : NO_AMOUNTS),
                new KpiCard("Average order value", kpis.averageOrderValue().map(formats::money).orElse(MISSING),
                        kpis.averageOrderValue().isPresent() ? "Revenue per order" : NO_AMOUNTS),
                rate("Email open rate", kpis.emailOpenRate(), "Opened per email sent"),
                rate("Email click rate", kpis.emailClickRate(), "Clicked per email sent"));
    }

    private KpiCard rate(String title, Optional<Double> rate, String meaning) {
        return new KpiCard(title, rate.map(formats::percent).orElse(MISSING), rate.isPresent() ? meaning : NO_EMAIL);
    }

    /** Axis label of a month. */
    public String month(YearMonth month) {
        return formats.shortMonth(month);
    }

    public ObservableList<KpiCard> cards() {
        return cards;
    }

    public ObservableList<MonthlyRevenue> revenueByMonth() {
        return revenueByMonth;
    }

    public ObservableList<MonthlyEvents> eventsByMonth() {
        return eventsByMonth;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return query.loadingProperty();
    }
}
