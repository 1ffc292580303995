package io.segmentstudio.ui.data;

import io.segmentstudio.domain.AttributeStats;
import io.segmentstudio.domain.EventTypeCount;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.ImportLog.ImportRun;
import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The data a workspace holds: the attribute catalog with fill rates, event types, and import runs. */
public final class DataViewModel {
    private final ReadOnlyObjectProperty<Workspace> workspace;
    private final Formats formats;
    private final ReadOnlyStringWrapper profiles = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper events = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attributeCount = new ReadOnlyStringWrapper("");
    private final ObservableList<AttributeStats> attributes = FXCollections.observableArrayList();
    private final ObservableList<EventTypeCount> eventTypes = FXCollections.observableArrayList();
    private final ObservableList<ImportRun> imports = FXCollections.observableArrayList();
    private final WorkspaceQuery<DataOverview> query;
    private final BooleanBinding noImports = Bindings.isEmpty(imports);

    public DataViewModel(ReadOnlyObjectProperty<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                         Formats formats) {
        this.workspace = workspace;
        this.formats = formats;
        query = new WorkspaceQuery<>(workspace, tasks, errors, "data overview", DataOverview::read, this::show,
                this::clear);
    }

    private void show(DataOverview overview) {
        profiles.set(formats.count(overview.profiles()));
        events.set(formats.count(overview.events()));
        attributeCount.set(formats.count(overview.attributes().size()));
        attributes.setAll(overview.attributes());
        eventTypes.setAll(overview.eventTypes());
        imports.setAll(overview.imports());
    }

    private void clear() {
        profiles.set("");
        events.set("");
        attributeCount.set("");
        attributes.clear();
        eventTypes.clear();
        imports.clear();
    }

    public String fillRate(AttributeStats stats) {
        return formats.percent(stats.fillRate());
    }

    public String count(long value) {
        return formats.count(value);
    }

    public String time(Instant instant) {
        return instant == null ? "—" : formats.dateTime(instant, zone());
    }

    /** "40 read · 38 imported · 2 rejected". */
    public String importOutcome(ImportRun run) {
        return formats.count(run.rowsRead()) + " read · " + formats.count(run.rowsImported()) + " imported · "
                + formats.count(run.rowsRejected()) + " rejected";
    }

    public static String statusLabel(ImportLog.Status status) {
        return switch (status) {
            case RUNNING -> "Running";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
        };
    }

    /** Style class of an import status chip. */
    public static String statusStyleClass(ImportLog.Status status) {
        return switch (status) {
            case COMPLETED -> "chip-good";
            case FAILED -> "chip-bad";
            case RUNNING -> "chip-neutral";
        };
    }

    private ZoneId zone() {
        return workspace.get() == null ? ZoneId.systemDefault() : workspace.get().timeZone();
    }

    public ReadOnlyStringProperty profilesProperty() {
        return profiles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eventsProperty() {
        return events.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attributeCountProperty() {
        return attributeCount.getReadOnlyProperty();
    }

    public ObservableList<AttributeStats> attributes() {
        return attributes;
    }

    public ObservableList<EventTypeCount> eventTypes() {
        return eventTypes;
    }

    public ObservableList<ImportRun> imports() {
        return imports;
    }

    public BooleanBinding noImportsProperty() {
        return noImports;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return query.loadingProperty();
    }
}
