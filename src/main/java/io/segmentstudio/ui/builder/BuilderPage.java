package io.segmentstudio.ui.builder;

import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.CatalogChanges;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.FxDebouncer;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.workspace.Workspace;
import java.time.Clock;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The builder page of whichever workspace is open: it reads the builder's context in the background
 * (again for every segment opened, so that new attributes and segments are there), then shows a fresh
 * builder, empty or with a saved segment. Unsaved edits are only dropped when the user says so.
 */
public final class BuilderPage extends StackPane {
    /** Quiet time after an edit before counting: below what a hand notices, above a keystroke's gap. */
    private static final Duration DEBOUNCE = Duration.millis(120);
    private final ObservableValue<Workspace> workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Formats formats;
    private final Clock clock;
    private final InterchangeDialogs dialogs;
    private final SessionDialogs sessionDialogs;
    private final StringProperty user;
    private final CatalogChanges changes;
    private final ViewLoader views = new ViewLoader();
    private SegmentSession session;
    /**
     * Counts the openings: one that ends after a newer one was asked for is dropped. Not cancelled: that
     * could throw away a first read of the columns half done, which the newer opening then waits for.
     */
    private long openings;

    /**
     * @param user    who acts, shared with the other pages
     * @param changes told of every save and review, and followed to keep the shown status current
     */
    public BuilderPage(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors, Formats formats,
                       Clock clock, InterchangeDialogs dialogs, SessionDialogs sessionDialogs, StringProperty user,
                       CatalogChanges changes) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.sessionDialogs = sessionDialogs;
        this.user = user;
        this.changes = changes;
        this.errors = errors;
        this.formats = formats;
        this.clock = clock;
        this.dialogs = dialogs;
        getStyleClass().add("builder-host");
        workspace.addListener((observable, old, open) -> show(open, null));
        changes.revisionProperty().addListener(observable -> {
            if (session != null) {
                session.refresh();
            }
        });
        show(workspace.getValue(), null);
    }

    /** Shows the segment's current version, unless the user keeps unsaved edits. */
    public void open(String segment) {
        if (mayLeave()) {
            show(workspace.getValue(), segment);
        }
    }

    /** Shows an empty rule, unless the user keeps unsaved edits. */
    public void startNew() {
        if (mayLeave()) {
            show(workspace.getValue(), null);
        }
    }

    private boolean mayLeave() {
        return session == null || !session.hasUnsavedChanges() || getScene() == null
                || sessionDialogs.confirmDiscard(getScene().getWindow());
    }

    /** @param segment the segment to open, or null for an empty rule */
    private void show(Workspace open, String segment) {
        if (session != null) {
            session.close();
            session = null;
        }
        if (open == null) {
            getChildren().setAll(message("Open a workspace to build rules on its profiles."));
            return;
        }
        ProgressIndicator loading = new ProgressIndicator();
        VBox waiting = message("Reading the attributes and segments of " + open.name() + "…");
        waiting.getChildren().add(0, loading);
        getChildren().setAll(waiting);
        long thisOpening = ++openings;
        tasks.run(BackgroundTask.of("Opening the rule builder", progress -> BuilderContext.read(open, progress))
                .onSuccess(context -> {
                    if (thisOpening != openings) {
                        return; // another segment (or an empty rule) was asked for since
                    }
                    RuleBuilderViewModel builder = new RuleBuilderViewModel(open, context, tasks,
                            new FxDebouncer(DEBOUNCE), errors, clock);
                    session = new SegmentSession(open, tasks, errors, builder::tree, user, changes::changed);
                    getChildren().setAll(views.load(RuleBuilderView.class,
                            () -> new RuleBuilderView(builder, session, formats, dialogs, sessionDialogs)));
                    if (segment != null) {
                        session.open(segment, rule -> builder.open(rule, "Opened " + segment));
                    }
                })
                .onFailure(error -> {
                    if (thisOpening != openings) {
                        return;
                    }
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
