package io.segmentstudio.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.app.AppContext;
import io.segmentstudio.app.AppDirectories;
import io.segmentstudio.app.SettingsStore;
import io.segmentstudio.testing.WorkspaceFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window, headless, on a small fixture workspace in an isolated app home. */
@Tag("ui")
class MainWindowTest {
    private static final int TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openTheFixture() throws Exception {
        Path shop = WorkspaceFixture.shop().createFile(dir.resolve("shop"));
        Path home = dir.resolve("home");
        new SettingsStore(home.resolve("settings.json")).update(settings -> settings.withRecentWorkspace(shop));
        context = AppContext.create(new AppDirectories(home));
        // a fresh stage per test: the window registers its own handlers on the stage it is given
        stage = FxToolkit.setupFixture(() -> {
            Stage fresh = new Stage();
            window = new MainWindow(context);
            window.show(fresh);
            return fresh;
        });
        waitUntil(() -> window.viewModel().workspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeTheWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void opensOnTheRecentWorkspaceWithItsSizeInTheStatusBar() {
        assertThat(stage.getTitle()).isEqualTo("Segment Studio — shop");
        waitForLabel("40 profiles");
        assertThat(label("shop").isVisible()).isTrue();
        waitForLabel("Segments");
    }

    @Test
    void eachRailItemShowsItsViewWithTheWorkspaceContent() {
        robot.clickOn("#nav-segments");
        TableView<?> segments = waitForTableWith(4);
        assertThat(segments.getId()).isEqualTo("table");

        robot.clickOn("#search").write("shoppers");
        waitUntil(() -> segments.getItems().size() == 1);

        robot.clickOn("#nav-data");
        waitForLabel("Attribute catalog");
        waitUntil(() -> robot.lookup(".table-cell").match(hasText("lifetime_value")).tryQuery().isPresent());

        robot.clickOn("#nav-overlaps");
        waitUntil(() -> robot.lookup(".heat-map-cell").queryAll().size() == 9);

        robot.clickOn("#nav-kpis");
        waitForLabel("Average order value");
        waitForLabel("Revenue by month");

        robot.clickOn("#nav-publish");
        waitUntil(() -> robot.lookup(".table-cell").match(hasText("Newsletter webhook")).tryQuery().isPresent());
        waitUntil(() -> robot.lookup(".table-cell").match(hasText("segment.approved")).tryQuery().isPresent());
    }

    @Test
    void controlWithADigitSwitchesPages() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> window.viewModel().pageProperty().get() == Page.DATA);
        waitForLabel("Attribute catalog");
    }

    @Test
    void theThemeToggleSwapsTheStylesheetAndIsRemembered() {
        assertThat(stage.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("themes/light.css"));

        robot.clickOn("View").clickOn("Dark theme");
        waitUntil(() -> stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("themes/dark.css")));

        assertThat(stage.getScene().getStylesheets()).noneMatch(sheet -> sheet.endsWith("themes/light.css"));
        waitUntil(() -> context.settings().get().theme().equals("dark"));
    }

    @Test
    void openingAFileThatIsNotAWorkspaceShowsTheErrorDialogAndKeepsTheApp() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list");

        robot.interact(() -> window.viewModel().open(notes));

        waitUntil(() -> robot.lookup("#error-cause").tryQuery().isPresent());
        Label cause = robot.lookup("#error-cause").queryAs(Label.class);
        assertThat(cause.getText()).contains("notes.txt").contains("is not a Segment Studio workspace");
        assertThat(robot.lookup(".path-field").queryAll()).anyMatch(field ->
                ((javafx.scene.control.TextField) field).getText().equals(context.directories().logFile().toString()));
        Window dialog = cause.getScene().getWindow();
        robot.interact(dialog::hide);
        assertThat(window.viewModel().workspaceProperty().get().name()).isEqualTo("shop");
    }

    @Test
    void closingTheWorkspaceShowsTheWelcomePaneWithTheRecentList() {
        robot.interact(() -> window.viewModel().close());

        waitForLabel("Welcome to Segment Studio");
        waitUntil(() -> robot.lookup(".recent-name").match(hasText("shop")).tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("Segment Studio");
    }

    private TableView<?> waitForTableWith(int rows) {
        waitUntil(() -> robot.lookup(".table-view").queryAll().stream()
                .anyMatch(node -> node.isVisible() && ((TableView<?>) node).getItems().size() == rows));
        return robot.lookup(".table-view").queryAll().stream()
                .map(node -> (TableView<?>) node).filter(table -> table.getItems().size() == rows).findFirst()
                .orElseThrow();
    }

    private void waitForLabel(String text) {
        waitUntil(() -> robot.lookup(".label").match(hasText(text)).tryQuery().isPresent());
    }

    private Label label(String text) {
        return robot.lookup(".label").match(hasText(text)).queryAs(Label.class);
    }

    private static Predicate<Node> hasText(String text) {
        return node -> node instanceof javafx.scene.control.Labeled labeled && text.equals(labeled.getText())
                && node.isVisible() && node.getScene() != null;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for the window", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
