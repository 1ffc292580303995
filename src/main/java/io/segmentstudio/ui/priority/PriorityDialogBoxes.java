package io.segmentstudio.ui.priority;

import io.segmentstudio.domain.PriorityGroup;
import io.segmentstudio.ui.common.ThemeManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

/** The Priorities page's questions as themed dialogs. */
public final class PriorityDialogBoxes implements PriorityDialogs {
    private final ThemeManager themes;

    public PriorityDialogBoxes(ThemeManager themes) {
        this.themes = themes;
    }

    @Override
    public Optional<NewGroup> newGroup(Window owner, List<String> segments,
                                       Function<String, Optional<String>> nameProblem) {
        TextField name = new TextField();
        name.setId("group-name");
        name.setPromptText("Retention offers");
        Label problem = new Label();
        problem.getStyleClass().add("priority-problem");
        TextField description = new TextField();
        description.setId("group-description");
        description.setPromptText("What the group decides (optional)");
        CheckListView<String> picked = new CheckListView<>();
        picked.setId("group-segments");
        picked.getItems().setAll(segments);
        picked.setPrefHeight(220);
        VBox content = new VBox(new Label("Name"), name, problem, new Label("Description"), description,
                new Label("Segments (put them in order on the page afterwards)"), picked);
        content.getStyleClass().addAll("dialog-body", "gap-xs");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New priority group");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        // a blank name is obvious; a taken one is said in words
        problem.textProperty().bind(name.textProperty().map(text -> text.isBlank() ? ""
                : nameProblem.apply(text).orElse("")));
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(name.textProperty()
                .map(text -> nameProblem.apply(text).isPresent()));
        themes.attach(dialog.getDialogPane());
        return dialog.showAndWait().filter(create::equals).map(button -> new NewGroup(name.getText().strip(),
                description.getText().strip(), segments.stream().filter(picked.getCheckModel()::isChecked).toList()));
    }

    @Override
    public boolean confirmDiscardOrder(Window owner, PriorityGroup group) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Unsaved order");
        alert.setHeaderText("The new order of “" + group.name() + "” is not saved");
        alert.setContentText("Looking at another group drops it. Save the order first to keep it.");
        ButtonType drop = new ButtonType("Drop the order", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(drop, ButtonType.CANCEL);
        themes.attach(alert.getDialogPane());
        return alert.showAndWait().filter(drop::equals).isPresent();
    }

    @Override
    public boolean confirmDelete(Window owner, PriorityGroup group) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Delete priority group");
        alert.setHeaderText("Delete priority group “" + group.name() + "”?");
        alert.setContentText("Its segments stay as they are; only this order goes. The deletion is recorded in"
                + " the audit log.");
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(delete, ButtonType.CANCEL);
        themes.attach(alert.getDialogPane());
        return alert.showAndWait().filter(delete::equals).isPresent();
    }
}
