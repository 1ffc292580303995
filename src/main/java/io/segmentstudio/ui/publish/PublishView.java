package io.segmentstudio.ui.publish;

import io.segmentstudio.ui.common.Cells;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.SyncStates.SyncState;
import java.time.Instant;
import java.util.Comparator;
import javafx.fxml.FXML;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The Publish page: sources and destinations with their last runs, and the audit trail. */
public final class PublishView {
    private final PublishViewModel viewModel;

    @FXML
    private ProgressIndicator loading;
    @FXML
    private TableView<SyncState> syncs;
    @FXML
    private TableColumn<SyncState, String> syncDirection;
    @FXML
    private TableColumn<SyncState, String> syncName;
    @FXML
    private TableColumn<SyncState, SyncState> syncLastRun;
    @FXML
    private TableColumn<SyncState, String> syncStatus;
    @FXML
    private TableColumn<SyncState, String> syncMessage;
    @FXML
    private VBox noSyncs;
    @FXML
    private TableView<AuditLog.Entry> audit;
    @FXML
    private VBox noAudit;
    @FXML
    private TableColumn<AuditLog.Entry, Instant> auditTime;
    @FXML
    private TableColumn<AuditLog.Entry, String> auditActor;
    @FXML
    private TableColumn<AuditLog.Entry, String> auditAction;
    @FXML
    private TableColumn<AuditLog.Entry, String> auditTarget;
    @FXML
    private TableColumn<AuditLog.Entry, String> auditDetails;

    public PublishView(PublishViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        loading.visibleProperty().bind(viewModel.loadingProperty());
        noSyncs.visibleProperty().bind(viewModel.loadingProperty().not());
        noAudit.visibleProperty().bind(viewModel.loadingProperty().not());
        Cells.text(syncDirection, viewModel::direction);
        Cells.text(syncName, SyncState::name);
        Cells.text(syncLastRun, state -> state, viewModel::lastRun);
        syncLastRun.setComparator(Comparator.comparing(SyncState::lastRunAt,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        Cells.chip(syncStatus, SyncState::lastStatus, status -> status, PublishViewModel::statusStyleClass);
        Cells.text(syncMessage, SyncState::lastMessage, message -> message == null ? "" : message);
        syncs.setItems(viewModel.syncs());

        Cells.text(auditTime, AuditLog.Entry::occurredAt, viewModel::time);
        Cells.text(auditActor, AuditLog.Entry::actor);
        Cells.text(auditAction, AuditLog.Entry::action);
        Cells.text(auditTarget, entry -> entry.targetType() + " · " + entry.target());
        Cells.text(auditDetails, AuditLog.Entry::details, details -> details == null ? "" : details);
        audit.setItems(viewModel.audit());
    }
}
