package io.segmentstudio.ui.shell;

import io.segmentstudio.app.AppContext;
import io.segmentstudio.ui.audit.AuditView;
import io.segmentstudio.ui.audit.AuditViewModel;
import io.segmentstudio.ui.audit.FileChooserAuditDialogs;
import io.segmentstudio.ui.builder.BuilderPage;
import io.segmentstudio.ui.builder.InterchangeDialogs;
import io.segmentstudio.ui.builder.SessionDialogs;
import io.segmentstudio.ui.common.CatalogChanges;
import io.segmentstudio.ui.common.ErrorDialog;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.FxDebouncer;
import io.segmentstudio.ui.common.FxTaskRunner;
import io.segmentstudio.ui.common.SegmentLinks;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.ThemeManager;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.ui.data.DataView;
import io.segmentstudio.ui.data.DataViewModel;
import io.segmentstudio.ui.kpi.KpiView;
import io.segmentstudio.ui.kpi.KpiViewModel;
import io.segmentstudio.ui.overlap.OverlapView;
import io.segmentstudio.ui.overlap.OverlapViewModel;
import io.segmentstudio.ui.priority.PriorityDialogBoxes;
import io.segmentstudio.ui.priority.PriorityView;
import io.segmentstudio.ui.priority.PriorityViewModel;
import io.segmentstudio.ui.publish.PublishView;
import io.segmentstudio.ui.publish.PublishViewModel;
import io.segmentstudio.workspace.Workspace;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Builds the main window: wires view models to the app's services and views to their view models, then
 * shows the window at once and lets the startup workspace arrive in the background. Pages are built on
 * their first visit, which keeps their FXML and charts out of the time to the first window.
 */
public final class MainWindow {
    private final AppContext context;
    private final ThemeManager themes = new ThemeManager();
    private final ViewLoader views = new ViewLoader();
    private ShellViewModel shell;

    public MainWindow(AppContext context) {
        this.context = context;
    }

    public void show(Stage stage) {
        Formats formats = Formats.system(context.clock());
        ErrorDialog errors = new ErrorDialog(themes, () -> stage, context.directories().logFile());
        TaskRunner tasks = new FxTaskRunner(context.background());
        shell = new ShellViewModel(context, tasks, errors);
        ReadOnlyObjectProperty<Workspace> workspace = shell.workspaceProperty();

        StringProperty user = actingUser();
        CatalogChanges changes = new CatalogChanges();
        Supplier<BuilderPage> builder = memoized(() -> new BuilderPage(workspace, tasks, errors, formats,
                context.clock(), new InterchangeDialogs(themes, errors), new SessionDialogs(themes), user, changes));
        SegmentLinks links = new SegmentLinks() {
            @Override
            public void openInBuilder(String segment) {
                shell.pageProperty().set(Page.BUILDER);
                builder.get().open(segment);
            }

            @Override
            public void newSegment() {
                shell.pageProperty().set(Page.BUILDER);
                builder.get().startNew();
            }
        };
        Function<Page, Parent> pages = page -> switch (page) {
            case SEGMENTS -> new CatalogPage(workspace, tasks, errors, formats, context.clock(), themes, user, changes,
                    links).build();
            case BUILDER -> builder.get();
            case DATA -> views.load(DataView.class,
                    () -> new DataView(new DataViewModel(workspace, tasks, errors, formats)));
            case OVERLAPS -> views.load(OverlapView.class,
                    () -> new OverlapView(new OverlapViewModel(workspace, tasks, errors, formats)));
            case KPIS -> views.load(KpiView.class,
                    () -> new KpiView(new KpiViewModel(workspace, tasks, errors, formats)));
            case PUBLISH -> views.load(PublishView.class,
                    () -> new PublishView(new PublishViewModel(workspace, tasks, errors, formats)));
            case PRIORITIES -> views.load(PriorityView.class, () -> new PriorityView(
                    new PriorityViewModel(workspace, tasks, errors, formats, user, context.clock()),
                    new PriorityDialogBoxes(themes)));
            case AUDIT -> views.load(AuditView.class, () -> new AuditView(
                    new AuditViewModel(workspace, tasks, errors, formats, new FxDebouncer(AuditView.TYPING_PAUSE)),
                    new FileChooserAuditDialogs()));
        };
        ShellDialogs dialogs = new ShellDialogs(themes, context.directories().logDirectory());
        Parent welcome = views.load(WelcomeView.class, () -> new WelcomeView(shell, dialogs));
        Parent statusBar = views.load(StatusBarView.class, () -> new StatusBarView(
                new StatusBarViewModel(workspace, shell.activeTaskProperty(), tasks, errors, formats)));
        Parent root = views.load(ShellView.class, () -> new ShellView(shell, pages, welcome, statusBar, dialogs));

        Scene scene = new Scene(root);
        themes.themeProperty().bind(shell.themeProperty());
        themes.attach(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(shell.titleProperty());
        WindowPlacement placement = new WindowPlacement(stage);
        placement.restore(context.settings().get().window());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            // The app is closing: saving the bounds and closing the workspace on this thread is what's left to do.
            context.settings().update(settings -> settings.withWindow(placement.current()));
            shell.shutdown();
        });
        stage.show();
        shell.startup();
    }

    /** Who acts in reviews and saves: from the settings (the OS user at first), saved again when changed. */
    private StringProperty actingUser() {
        StringProperty user = new SimpleStringProperty(context.settings().get().userName());
        user.addListener((observable, old, name) -> {
            if (name != null && !name.isBlank()) {
                context.settings().update(current -> current.withUserName(name.strip()));
            }
        });
        return user;
    }

    /** Builds the value on first use: the builder page is made when first shown or first linked to. */
    private static <T> Supplier<T> memoized(Supplier<T> make) {
        Object[] made = new Object[1];
        return () -> {
            if (made[0] == null) {
                made[0] = make.get();
            }
            @SuppressWarnings("unchecked")
            T value = (T) made[0];
            return value;
        };
    }

    /** The window's state, for tests that drive it the way the menus do. */
    public ShellViewModel viewModel() {
        return shell;
    }
}
