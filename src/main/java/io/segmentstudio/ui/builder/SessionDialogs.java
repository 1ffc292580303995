package io.segmentstudio.ui.builder;

import io.segmentstudio.ui.common.ThemeManager;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions of the lifecycle: a new segment's name, and the comment every save and review carries. */
public final class SessionDialogs {
    /** A name (for a new segment; null otherwise) and a comment. */
    public record Answer(String name, String comment) {
    }

    private final ThemeManager themes;

    public SessionDialogs(ThemeManager themes) {
        this.themes = themes;
    }

    /** Asks for a comment, and a name when {@code askName}; empty when cancelled. */
    Optional<Answer> ask(Window owner, String title, String action, boolean askName, boolean commentRequired) {
        TextField name = new TextField();
        name.setId("segment-name");
        name.setPromptText("Segment name");
        TextArea comment = new TextArea();
        comment.setId("change-comment");
        comment.setPromptText(commentRequired ? "Comment (required)" : "What changed and why (optional)");
        comment.setPrefRowCount(3);
        VBox content = new VBox(8);
        if (askName) {
            content.getChildren().addAll(new Label("Name"), name);
        }
        content.getChildren().addAll(new Label("Comment"), comment);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(
                (askName ? name.textProperty().isEmpty() : name.textProperty().isNull())
                        .or(commentRequired ? comment.textProperty().isEmpty() : comment.textProperty().isNull()));
        themes.attach(dialog.getDialogPane());
        return dialog.showAndWait().filter(confirm::equals)
                .map(button -> new Answer(askName ? name.getText().strip() : null, comment.getText().strip()));
    }

    /** Asks whether to drop the builder's unsaved edits; true to drop them. */
    boolean confirmDiscard(Window owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("The rule in the builder has changes that are not saved");
        alert.setContentText("Opening another segment drops them. Save them first to keep them as a version.");
        ButtonType discard = new ButtonType("Drop the changes", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(discard, ButtonType.CANCEL);
        themes.attach(alert.getDialogPane());
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
