package io.segmentstudio.ui.segments;

import io.segmentstudio.domain.ArchiveImpact;
import io.segmentstudio.domain.NamingConvention;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.common.ThemeManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The catalog's questions: archive, unarchive, review-by day, details, naming convention. */
public final class CatalogDialogs {
    /** The day chosen; null when the user cleared it. */
    public record ReviewDay(LocalDate day) {
    }

    public record Details(String description, String folder, List<String> tags) {
    }

    public record Naming(String regex, String hint) {
    }

    private final ThemeManager themes;

    public CatalogDialogs(ThemeManager themes) {
        this.themes = themes;
    }

    /**
     * Shows what blocks archiving, or asks for a comment when nothing does.
     *
     * @return the comment; empty when blocked or cancelled
     */
    Optional<String> confirmArchive(Window owner, ArchiveImpact impact) {
        if (impact.blocked()) {
            Alert blocked = new Alert(Alert.AlertType.WARNING);
            blocked.initOwner(owner);
            blocked.setTitle("Cannot archive " + impact.segment());
            blocked.setHeaderText(impact.segment() + " is used by other segments");
            Label why = new Label("Change these segments so that they no longer reference it, then archive it:\n\n• "
                    + String.join("\n• ", impact.referencedBy())
                    + (impact.affected().size() > impact.referencedBy().size()
                    ? "\n\nThrough them, these depend on it too: " + String.join(", ", indirect(impact)) : ""));
            why.setId("archive-blockers");
            why.setWrapText(true);
            blocked.getDialogPane().setContent(why);
            themes.attach(blocked.getDialogPane());
            blocked.showAndWait();
            return Optional.empty();
        }
        return askComment(owner, "Archive " + impact.segment(), "Archive",
                "No other segment uses " + impact.segment() + ". Archiving takes it out of counts, overlaps and "
                        + "publishing; unarchiving brings it back as a draft.", true);
    }

    private static List<String> indirect(ArchiveImpact impact) {
        return impact.affected().stream().filter(name -> !impact.referencedBy().contains(name)).toList();
    }

    Optional<String> askUnarchive(Window owner, String segment) {
        return askComment(owner, "Unarchive " + segment, "Unarchive",
                segment + " comes back as a draft of its last version; it must be reviewed again before publishing.",
                false);
    }

    private Optional<String> askComment(Window owner, String title, String action, String explanation, boolean required) {
        Label text = new Label(explanation);
        text.setWrapText(true);
        TextArea comment = new TextArea();
        comment.setId("catalog-comment");
        comment.setPromptText(required ? "Why (required)" : "Why (optional)");
        comment.setPrefRowCount(3);
        Dialog<ButtonType> dialog = dialog(owner, title, new VBox(8, text, new Label("Comment"), comment));
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        if (required) {
            dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(
                    Bindings.createBooleanBinding(() -> comment.getText().isBlank(), comment.textProperty()));
        }
        return dialog.showAndWait().filter(confirm::equals).map(button -> comment.getText().strip());
    }

    Optional<ReviewDay> askReviewBy(Window owner, SegmentSummary segment, LocalDate today) {
        DatePicker day = new DatePicker(segment.reviewBy() == null ? today.plusMonths(3) : segment.reviewBy());
        day.setId("review-by-day");
        Label text = new Label("The catalog flags " + segment.name() + " once this day has passed, so that someone "
                + "checks it still does what it should.");
        text.setWrapText(true);
        Dialog<ButtonType> dialog = dialog(owner, "Review " + segment.name() + " by", new VBox(8, text, day));
        ButtonType set = new ButtonType("Set", ButtonBar.ButtonData.OK_DONE);
        ButtonType clear = new ButtonType("Clear", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(set, clear, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(set).disableProperty().bind(day.valueProperty().isNull());
        return dialog.showAndWait().flatMap(button -> button == set ? Optional.of(new ReviewDay(day.getValue()))
                : button == clear ? Optional.of(new ReviewDay(null)) : Optional.empty());
    }

    Optional<Details> editDetails(Window owner, SegmentSummary segment, List<String> folders) {
        TextArea description = new TextArea(segment.description());
        description.setId("details-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        ComboBox<String> folder = new ComboBox<>();
        folder.setId("details-folder");
        folder.setEditable(true);
        folder.getItems().setAll(folders.stream().filter(name -> !name.isEmpty()).toList());
        folder.setValue(segment.folder());
        folder.setMaxWidth(Double.MAX_VALUE);
        TextField tags = new TextField(String.join(", ", segment.tags()));
        tags.setId("details-tags");
        tags.setPromptText("vip, q4, winback");
        Dialog<ButtonType> dialog = dialog(owner, "Details of " + segment.name(), new VBox(8,
                new Label("Description"), description, new Label("Folder"), folder,
                new Label("Tags, separated by commas"), tags));
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        return dialog.showAndWait().filter(save::equals).map(button -> new Details(description.getText(),
                folder.getEditor().getText(), Arrays.stream(tags.getText().split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList()));
    }

    /** Asks for a pattern and hint, showing at once which of today's names would break it. */
    Optional<Naming> askNaming(Window owner, Optional<NamingConvention> current, List<String> names) {
        TextField regex = new TextField(current.map(NamingConvention::regex).orElse(""));
        regex.setId("naming-pattern");
        regex.setPromptText("[A-Z]+ - .+   (leave empty for no convention)");
        TextField hint = new TextField(current.map(NamingConvention::hint).orElse(""));
        hint.setId("naming-hint");
        hint.setPromptText("TEAM - Purpose, e.g. CRM - Winback");
        Label preview = new Label();
        preview.setId("naming-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(Bindings.createStringBinding(() -> previewOf(regex.getText(), names),
                regex.textProperty()));
        Label explanation = new Label("A Java regular expression the whole name must match. Names that break it "
                + "are warned about on save and flagged in the list, never refused.");
        explanation.setWrapText(true);
        Dialog<ButtonType> dialog = dialog(owner, "Naming convention for segments", new VBox(8, explanation,
                new Label("Pattern"), regex, new Label("The convention in words"), hint, preview));
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !regex.getText().isBlank() && compiles(regex.getText()).isPresent(), regex.textProperty()));
        return dialog.showAndWait().filter(save::equals).map(button -> new Naming(regex.getText(), hint.getText()));
    }

    private static String previewOf(String regex, List<String> names) {
        if (regex.isBlank()) {
            return "No convention: any name is fine.";
        }
        Optional<String> problem = compiles(regex);
        if (problem.isPresent()) {
            return problem.get();
        }
        NamingConvention convention = new NamingConvention(regex.strip(), "");
        List<String> breaking = names.stream().filter(name -> convention.check(name).isPresent()).toList();
        return breaking.isEmpty() ? "Every segment's name follows it."
                : breaking.size() + " of " + names.size() + " names break it: " + String.join(", ",
                breaking.subList(0, Math.min(8, breaking.size()))) + (breaking.size() > 8 ? ", …" : "");
    }

    /** Why the expression does not compile, or empty when it does. */
    private static Optional<String> compiles(String regex) {
        try {
            new NamingConvention(regex.strip(), "");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Dialog<ButtonType> dialog(Window owner, String title, VBox content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        themes.attach(dialog.getDialogPane());
        return dialog;
    }
}
