package io.segmentstudio.ui.builder;

import io.segmentstudio.app.SettingsStore;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.FxDebouncer;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.workspace.Workspace;
import java.time.Clock;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The builder page of whichever workspace is open: it reads the builder's context in the background
 * when a workspace opens, then shows a fresh builder for it.
 */
public final class BuilderPage extends StackPane {
    /** Quiet time after an edit before counting: below what a hand notices, above a keystroke's gap. */
    private static final Duration DEBOUNCE = Duration.millis(120);
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Formats formats;
    private final Clock clock;
    private final InterchangeDialogs dialogs;
    private final SessionDialogs sessionDialogs;
    private final SettingsStore settings;
    private final ViewLoader views = new ViewLoader();

    /** @param settings where the acting user's name is kept between runs */
    public BuilderPage(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors, Formats formats,
                       Clock clock, InterchangeDialogs dialogs, SessionDialogs sessionDialogs, SettingsStore settings) {
        this.tasks = tasks;
        this.sessionDialogs = sessionDialogs;
        this.settings = settings;
        this.errors = errors;
        this.formats = formats;
        this.clock = clock;
        this.dialogs = dialogs;
        getStyleClass().add("builder-host");
        workspace.addListener((observable, old, open) -> show(open));
        show(workspace.getValue());
    }

    private void show(Workspace workspace) {
        if (workspace == null) {
            getChildren().setAll(message("Open a workspace to build rules on its profiles."));
            return;
        }
        ProgressIndicator loading = new ProgressIndicator();
        VBox waiting = message("Reading the attributes and segments of " + workspace.name() + "…");
        waiting.getChildren().add(0, loading);
        getChildren().setAll(waiting);
        tasks.run(BackgroundTask.of("Opening the rule builder", progress -> BuilderContext.read(workspace, progress))
                .onSuccess(context -> {
                    RuleBuilderViewModel builder = new RuleBuilderViewModel(workspace, context, tasks,
                            new FxDebouncer(DEBOUNCE), errors, clock);
                    SegmentSession session = new SegmentSession(workspace, tasks, errors, builder::tree,
                            settings.get().userName());
                    session.userProperty().addListener((observable, old, name) -> {
                        if (name != null && !name.isBlank()) {
                            settings.update(current -> current.withUserName(name));
                        }
                    });
                    getChildren().setAll(views.load(RuleBuilderView.class,
                            () -> new RuleBuilderView(builder, session, formats, dialogs, sessionDialogs)));
                })
                .onFailure(error -> {
                    getChildren().setAll(message("The rule builder could not open."));
                    errors.report("Cannot open the rule builder", error);
                }));
    }

    private static VBox message(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("empty-text");
        label.setWrapText(true);
        VBox box = new VBox(12, label);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
