package io.segmentstudio.ui.builder;

import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormat;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.ThemeManager;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Import and export of the rule in the interchange formats: the text to paste or copy, and every
 * warning of the conversion listed under it, so nothing changes meaning unseen.
 */
public final class InterchangeDialogs {
    private final ThemeManager themes;
    private final ErrorReporter errors;

    public InterchangeDialogs(ThemeManager themes, ErrorReporter errors) {
        this.themes = themes;
        this.errors = errors;
    }

    static String title(RuleFormat format) {
        return switch (format) {
            case NATIVE -> "Segment Studio JSON";
            case JSONLOGIC -> "JsonLogic";
            case RQB -> "react-querybuilder JSON";
            case SQL -> "SQL WHERE";
        };
    }

    void importRule(RuleBuilderViewModel builder, RuleFormat format, Window owner) {
        TextArea text = code("");
        text.setPromptText("Paste the rule here");
        Dialog<ButtonType> dialog = dialog("Import " + title(format), owner, new VBox(8, text));
        ButtonType read = new ButtonType("Import", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(read, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(read::equals).isEmpty()) {
            return;
        }
        try {
            ImportedRule imported = builder.importRule(format, text.getText());
            if (!imported.warnings().isEmpty()) {
                warnings("Imported with warnings", imported.warnings(), owner);
            }
        } catch (RuntimeException e) {
            errors.report("Cannot import this " + title(format), e);
        }
    }

    void exportRule(RuleBuilderViewModel builder, RuleFormat format, Window owner) {
        ExportedRule exported;
        try {
            exported = builder.exportRule(format);
        } catch (RuntimeException e) {
            errors.report("Cannot write this rule as " + title(format), e);
            return;
        }
        TextArea text = code(exported.text());
        text.setEditable(false);
        VBox content = new VBox(8, text);
        if (!exported.warnings().isEmpty()) {
            content.getChildren().add(warningList(exported.warnings()));
        }
        Dialog<ButtonType> dialog = dialog("Export " + title(format), owner, content);
        ButtonType copy = new ButtonType("Copy", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(copy, ButtonType.CLOSE);
        dialog.showAndWait().filter(copy::equals).ifPresent(button -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(exported.text());
            Clipboard.getSystemClipboard().setContent(clip);
        });
    }

    private void warnings(String title, List<FormatWarning> warnings, Window owner) {
        Dialog<ButtonType> dialog = dialog(title, owner, warningList(warnings));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK);
        dialog.showAndWait();
    }

    private static VBox warningList(List<FormatWarning> warnings) {
        VBox list = new VBox(4);
        list.getStyleClass().add("warning-list");
        list.getChildren().add(new Label(warnings.size() == 1 ? "1 warning:" : warnings.size() + " warnings:"));
        for (FormatWarning warning : warnings) {
            Label line = new Label("• " + warning.path() + ": " + warning.message());
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        return list;
    }

    private static TextArea code(String text) {
        TextArea area = new TextArea(text);
        area.getStyleClass().add("code");
        area.setPrefSize(560, 260);
        area.setWrapText(true);
        return area;
    }

    private Dialog<ButtonType> dialog(String title, Window owner, javafx.scene.Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        themes.attach(dialog.getDialogPane());
        return dialog;
    }
}
