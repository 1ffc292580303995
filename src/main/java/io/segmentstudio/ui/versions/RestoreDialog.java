package io.segmentstudio.ui.versions;

import io.segmentstudio.ui.common.ThemeManager;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the comment of a restore in a themed dialog, saying what the restore will and will not do. */
public final class RestoreDialog implements VersionDialogs {
    private final ThemeManager themes;

    public RestoreDialog(ThemeManager themes) {
        this.themes = themes;
    }

    @Override
    public Optional<String> restoreComment(Window owner, String segment, int version) {
        Label explanation = new Label("The rule of v" + version + " is saved again as a new version, a draft."
                + " No version is changed or deleted.");
        explanation.setWrapText(true);
        TextArea comment = new TextArea();
        comment.setId("restore-comment");
        comment.setPromptText("Why go back to v" + version + "? (optional)");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        VBox content = new VBox(8, explanation, new Label("Comment"), comment);
        content.getStyleClass().add("dialog-body");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore a version");
        dialog.setHeaderText("Restore v" + version + " of “" + segment + "” as a new draft");
        dialog.getDialogPane().setContent(content);
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(restore, ButtonType.CANCEL);
        themes.attach(dialog.getDialogPane());
        return dialog.showAndWait().filter(restore::equals).map(button -> comment.getText().strip());
    }
}
