package io.segmentstudio.ui.shell;

import io.segmentstudio.ui.common.TaskProgress;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Binds the status bar to its view model. */
public final class StatusBarView {
    private final StatusBarViewModel viewModel;

    @FXML
    private Label workspaceName;
    @FXML
    private Label profiles;
    @FXML
    private Label events;
    @FXML
    private Label lastSync;
    @FXML
    private HBox taskBox;
    @FXML
    private Label taskMessage;
    @FXML
    private ProgressBar taskProgress;
    @FXML
    private Button cancelTask;

    StatusBarView(StatusBarViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        workspaceName.textProperty().bind(viewModel.workspaceNameProperty());
        Tooltip file = new Tooltip();
        file.textProperty().bind(viewModel.workspaceFileProperty());
        workspaceName.tooltipProperty().bind(Bindings.when(viewModel.workspaceFileProperty().isEmpty())
                .then((Tooltip) null).otherwise(file));
        profiles.textProperty().bind(viewModel.profilesProperty());
        events.textProperty().bind(viewModel.eventsProperty());
        lastSync.textProperty().bind(viewModel.lastSyncProperty());
        for (Label label : new Label[] {profiles, events, lastSync}) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        TaskProgress.bind(viewModel.activeTaskProperty(), taskBox, taskProgress, taskMessage);
    }

    @FXML
    private void cancelTask() {
        viewModel.cancelTask();
    }
}
