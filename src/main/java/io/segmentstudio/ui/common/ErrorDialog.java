package io.segmentstudio.ui.common;

import io.segmentstudio.workspace.WorkspaceException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a failure: what failed, the cause in words, the stack trace behind an expander, and where the
 * log file is. The failure is logged first, so the file the dialog names holds it.
 */
public final class ErrorDialog implements ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    private final ThemeManager themes;
    private final Supplier<Window> owner;
    private final Path logFile;

    public ErrorDialog(ThemeManager themes, Supplier<Window> owner, Path logFile) {
        this.themes = themes;
        this.owner = owner;
        this.logFile = logFile;
    }

    @Override
    public void report(String title, Throwable error) {
        LOG.warn("{}", title, error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("Segment Studio");
        alert.setHeaderText(title);
        Label cause = new Label(describe(error));
        cause.setId("error-cause");
        cause.setWrapText(true);
        TextField log = new TextField(logFile.toString());
        log.setEditable(false);
        log.getStyleClass().add("path-field");
        VBox content = new VBox(cause, new Label("Details are written to the log file:"), log);
        content.getStyleClass().addAll("dialog-body", "gap-s");
        alert.getDialogPane().setContent(content);
        TextArea trace = new TextArea(stackTrace(error));
        trace.setEditable(false);
        trace.getStyleClass().add("stack-trace");
        alert.getDialogPane().setExpandableContent(trace);
        alert.getDialogPane().setId("error-dialog");
        themes.attach(alert.getDialogPane());
        alert.show();
    }

    /** Workspace problems carry messages written for users; anything else is described by its root cause. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (!(root instanceof WorkspaceException) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
