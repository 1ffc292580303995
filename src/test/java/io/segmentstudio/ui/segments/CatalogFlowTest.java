package io.segmentstudio.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.app.AppContext;
import io.segmentstudio.app.AppDirectories;
import io.segmentstudio.app.SettingsStore;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.shell.MainWindow;
import io.segmentstudio.ui.shell.Page;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import io.segmentstudio.ui.common.ScreenWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The catalog in the real window on a retail demo: sizes counted now equal the database's, archiving a
 * segment another one references is refused with the reason, one that nothing references is archived
 * and found again under the Archived filter, and a double click opens a segment in the builder.
 */
@Tag("ui")
class CatalogFlowTest {

    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openTheCatalog() throws Exception {
        Path retail = dir.resolve("retail.mv.db");
        try (Workspace workspace = Workspace.create(retail, ZoneId.of("Europe/Berlin"))) {
            new RetailDemoGenerator(new SampleSpec(21, 3_000, LocalDate.now().minusDays(1))).generate(workspace,
                    ProgressListener.NONE);
        }
        Path home = dir.resolve("home");
        new SettingsStore(home.resolve("settings.json")).update(settings -> settings.withRecentWorkspace(retail)
                .withUserName("ana"));
        context = AppContext.create(new AppDirectories(home));
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            window = new MainWindow(context);
            window.show(stage);
            return stage;
        });
        waitUntil(() -> window.viewModel().workspaceProperty().get() != null);
        waitUntil(() -> table().getItems().size() == 7);
        // sizes arrive after the list and redraw the rows: wait for them before clicking a row
        waitUntil(() -> cellText("VIP", 5).matches("[\\d,]+"));
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void sizesAreTheDatabasesAndAReferencedSegmentCannotBeArchived() {
        Workspace workspace = window.viewModel().workspaceProperty().get();
        SegmentRunner runner = new SegmentRunner(workspace);
        long vip = runner.evaluateInDatabase(runner.segmentRule("VIP"), Instant.now()).count();
        waitUntil(() -> cellText("VIP", 5).equals(String.format("%,d", vip)));

        robot.clickOn(cell("VIP", 0));
        robot.clickOn("#archive");
        waitUntil(() -> robot.lookup("#archive-blockers").tryQuery().isPresent());
        assertThat(robot.lookup("#archive-blockers").queryAs(Label.class).getText()).contains("Lapsed VIP");
        robot.clickOn("OK");
        assertThat(status(workspace, "VIP")).isNotEqualTo(SegmentStatus.ARCHIVED);

        robot.clickOn(cell("Window Shoppers", 0));
        robot.clickOn("#archive");
        robot.clickOn("#catalog-comment").write("campaign over");
        robot.clickOn("Archive");
        waitUntil(() -> table().getItems().stream().noneMatch(s -> s.name().equals("Window Shoppers")));
        assertThat(status(workspace, "Window Shoppers")).isEqualTo(SegmentStatus.ARCHIVED);
        assertThat(workspace.audit().recent(1).get(0).actor()).isEqualTo("ana");
        robot.clickOn("#statusFilter").clickOn("Archived");
        waitUntil(() -> table().getItems().size() == 1 && table().getItems().get(0).name().equals("Window Shoppers"));
    }

    @Test
    void aDoubleClickOpensTheSegmentInTheBuilder() {
        robot.doubleClickOn(cell("High-Value Customers", 0));
        waitUntil(() -> window.viewModel().pageProperty().get() == Page.BUILDER);
        waitUntil(() -> robot.lookup("#title").match(node -> node.getScene() != null).tryQuery()
                .map(node -> ((Label) node).getText().equals("High-Value Customers · v1")).orElse(false));
        waitUntil(() -> robot.lookup(".condition-row").match(node -> node.getScene() != null).queryAll().size() >= 1);
    }

    private static SegmentStatus status(Workspace workspace, String name) {
        return workspace.segments().find(name).map(SegmentSummary::status).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<SegmentSummary> table() {
        return robot.lookup("#table").match(node -> node.getScene() != null).queryAs(TableView.class);
    }

    /** The cell once the table has drawn its row (items arrive before rows are laid out). */
    private Node cell(String segment, int column) {
        Node[] found = new Node[1];
        waitUntil(() -> (found[0] = drawnCell(segment, column)) != null);
        return found[0];
    }

    private Node drawnCell(String segment, int column) {
        return robot.lookup(".table-row-cell").match(node -> node.getScene() != null
                        && ((javafx.scene.control.TableRow<?>) node).getItem() instanceof SegmentSummary s
                        && s.name().equals(segment)).queryAs(javafx.scene.control.TableRow.class)
                .getChildrenUnmodifiable().stream().filter(child -> child instanceof TableCell<?, ?>)
                .skip(column).findFirst().orElseThrow();
    }

    private String cellText(String segment, int column) {
        String text = ((TableCell<?, ?>) drawnCell(segment, column)).getText();
        return text == null ? "" : text;
    }

    private void waitUntil(BooleanSupplier condition) {
        new ScreenWait(robot, "the catalog").until(condition);
    }
}
