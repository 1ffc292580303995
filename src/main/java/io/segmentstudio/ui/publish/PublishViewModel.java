package io.segmentstudio.ui.publish;

import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.SyncStates.SyncState;
import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Sources and destinations with their last runs, and the audit trail of recent actions. */
public final class PublishViewModel {
    static final int AUDIT_ENTRIES = 200;

    /** What the Publish page reads. */
    record Activity(List<SyncState> syncs, List<AuditLog.Entry> audit) {
    }

    private final ReadOnlyObjectProperty<Workspace> workspace;
    private final Formats formats;
    private final ObservableList<SyncState> syncs = FXCollections.observableArrayList();
    private final ObservableList<AuditLog.Entry> audit = FXCollections.observableArrayList();
    private final WorkspaceQuery<Activity> query;

    public PublishViewModel(ReadOnlyObjectProperty<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                            Formats formats) {
        this.workspace = workspace;
        this.formats = formats;
        query = new WorkspaceQuery<>(workspace, tasks, errors, "sync and audit history",
                open -> new Activity(open.syncStates().list(), open.audit().recent(AUDIT_ENTRIES)),
                this::show, this::clear);
    }

    private void show(Activity activity) {
        syncs.setAll(activity.syncs());
        audit.setAll(activity.audit());
    }

    private void clear() {
        syncs.clear();
        audit.clear();
    }

    public String direction(SyncState state) {
        return switch (state.direction()) {
            case SOURCE -> "Source";
            case DESTINATION -> "Destination";
        };
    }

    public String lastRun(SyncState state) {
        return state.lastRunAt() == null ? "Never run" : formats.ago(state.lastRunAt(), zone());
    }

    public String time(Instant instant) {
        return formats.dateTime(instant, zone());
    }

    /** Style class of a run status chip: OK and COMPLETED read as good, FAILED as bad, others neutral. */
    public static String statusStyleClass(String status) {
        String normalized = status == null ? "" : status.toUpperCase(Locale.ROOT);
        return switch (normalized) {
            case "OK", "COMPLETED", "SUCCEEDED" -> "chip-good";
            case "FAILED", "ERROR" -> "chip-bad";
            default -> "chip-neutral";
        };
    }

    private ZoneId zone() {
        return workspace.get() == null ? ZoneId.systemDefault() : workspace.get().timeZone();
    }

    public ObservableList<SyncState> syncs() {
        return syncs;
    }

    public ObservableList<AuditLog.Entry> audit() {
        return audit;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return query.loadingProperty();
    }
}
