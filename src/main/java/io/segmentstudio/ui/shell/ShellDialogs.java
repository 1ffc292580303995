package io.segmentstudio.ui.shell;

import io.segmentstudio.ui.common.ThemeManager;
import io.segmentstudio.workspace.WorkspaceFile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The shell's own dialogs: choosing workspace files, About, and where the log is. */
final class ShellDialogs {
    private static final FileChooser.ExtensionFilter WORKSPACES =
            new FileChooser.ExtensionFilter("Segment Studio workspaces", "*" + WorkspaceFile.SUFFIX);
    private static final FileChooser.ExtensionFilter ALL_FILES = new FileChooser.ExtensionFilter("All files", "*");

    private final ThemeManager themes;
    private final Path logDirectory;

    ShellDialogs(ThemeManager themes, Path logDirectory) {
        this.themes = themes;
        this.logDirectory = logDirectory;
    }

    Optional<Path> chooseNewWorkspace(Window owner, Path folder) {
        FileChooser chooser = chooser("New workspace", folder);
        chooser.setInitialFileName("workspace" + WorkspaceFile.SUFFIX);
        chooser.getExtensionFilters().setAll(WORKSPACES);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    Optional<Path> chooseWorkspace(Window owner, Path folder) {
        FileChooser chooser = chooser("Open workspace", folder);
        chooser.getExtensionFilters().setAll(WORKSPACES, ALL_FILES);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    void showAbout(Window owner) {
        String version = Optional.ofNullable(ShellDialogs.class.getPackage().getImplementationVersion())
                .orElse("development build");
        Alert about = alert(owner, "Segment Studio", "Segment Studio " + version);
        about.getDialogPane().setContent(new Label("Design customer segments on a local workspace: rules, overlaps,"
                + " KPIs and publishing.\n\nJava " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.runtime.version", "?")));
        about.show();
    }

    void showLogFolder(Window owner) {
        Alert alert = alert(owner, "Log folder", "Segment Studio writes its log here");
        TextField path = new TextField(logDirectory.toString());
        path.setEditable(false);
        path.getStyleClass().add("path-field");
        VBox content = new VBox(new Label("Attach the latest file when you report a problem."), path);
        content.getStyleClass().addAll("dialog-body", "gap-s");
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    private Alert alert(Window owner, String title, String header) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setGraphic(null);
        themes.attach(alert.getDialogPane());
        return alert;
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
