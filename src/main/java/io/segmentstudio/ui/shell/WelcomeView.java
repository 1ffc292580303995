package io.segmentstudio.ui.shell;

import io.segmentstudio.app.SampleWorkspaces;
import io.segmentstudio.ui.common.TaskProgress;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shown while no workspace is open: how to get one, the recent list, and the progress of the one on its way. */
public final class WelcomeView {
    private final ShellViewModel viewModel;
    private final ShellDialogs dialogs;

    @FXML
    private VBox progressBox;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressMessage;
    @FXML
    private Label notice;
    @FXML
    private Button newButton;
    @FXML
    private VBox recentList;
    @FXML
    private Label noRecent;

    WelcomeView(ShellViewModel viewModel, ShellDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        TaskProgress.bind(viewModel.activeTaskProperty(), progressBox, progress, progressMessage);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        viewModel.recentWorkspaces().addListener((ListChangeListener<RecentWorkspace>) change -> showRecent());
        showRecent();
    }

    private void showRecent() {
        recentList.getChildren().clear();
        for (RecentWorkspace recent : viewModel.recentWorkspaces()) {
            Label name = new Label(recent.available() ? recent.name() : recent.name() + " (missing)");
            name.getStyleClass().add("recent-name");
            Label path = new Label(recent.file().toString());
            path.getStyleClass().add("recent-path");
            Button entry = new Button(null, new VBox(name, path));
            entry.getStyleClass().add("recent-item");
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.setMnemonicParsing(false);
            entry.setDisable(!recent.available());
            entry.setOnAction(event -> viewModel.open(recent.file()));
            recentList.getChildren().add(entry);
        }
        noRecent.setVisible(recentList.getChildren().isEmpty());
        noRecent.setManaged(noRecent.isVisible());
    }

    private Window window() {
        return newButton.getScene().getWindow();
    }

    @FXML
    private void newWorkspace() {
        dialogs.chooseNewWorkspace(window(), viewModel.workspacesFolder()).ifPresent(viewModel::create);
    }

    @FXML
    private void openWorkspace() {
        dialogs.chooseWorkspace(window(), viewModel.workspacesFolder()).ifPresent(viewModel::open);
    }

    @FXML
    private void openSample() {
        viewModel.openSample(SampleWorkspaces.RETAIL_DEMO);
    }

    @FXML
    private void cancel() {
        viewModel.cancelActiveTask();
    }
}
