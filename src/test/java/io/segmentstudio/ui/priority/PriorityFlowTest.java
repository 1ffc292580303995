package io.segmentstudio.ui.priority;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.FxTaskRunner;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.Theme;
import io.segmentstudio.ui.common.ThemeManager;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
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
import org.testfx.robot.Motion;

/**
 * The Priorities page driven by the mouse and keys on a retail demo workspace: dragging the lower of two
 * overlapping segments to the top lets it keep all its members and takes them from the other; Save
 * writes the order as the acting user; Alt+↓ and Revert work on the order; a group is created through
 * its dialog.
 */
@Tag("ui")
class PriorityFlowTest {
    private static final String VIP = "VIP";
    private static final String CHURN = "Churn Risk";

    @TempDir
    Path dir;
    private Workspace workspace;
    private ExecutorService background;
    private final RecordingErrors errors = new RecordingErrors();
    private final Formats formats = new Formats(Locale.US, Clock.systemUTC());
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openThePage() throws Exception {
        workspace = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(21, 2_000, LocalDate.now().minusDays(1))).generate(workspace,
                ProgressListener.NONE);
        workspace.priorityGroups().create("Retention", "one offer each", List.of(VIP, CHURN), "ana");
        background = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "priority-test");
            thread.setDaemon(true);
            return thread;
        });
        FxToolkit.setupFixture(() -> {
            PriorityViewModel page = new PriorityViewModel(new SimpleObjectProperty<>(workspace),
                    new FxTaskRunner(background), errors, formats, new SimpleStringProperty("ben"), Clock.systemUTC());
            Parent root = new ViewLoader().load(PriorityView.class,
                    () -> new PriorityView(page, new PriorityDialogBoxes(new ThemeManager())));
            Scene scene = new Scene(root, 1100, 720);
            scene.getStylesheets().setAll(ThemeManager.stylesheets(Theme.LIGHT));
            scene.getStylesheets().add(PriorityView.class.getResource("/io/segmentstudio/styles/components/priority.css")
                    .toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return stage;
        });
        waitUntil(() -> row(2).filter(cell -> !cell.getItem().keptText().isEmpty()).isPresent());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        workspace.close();
    }

    @Test
    void draggingTheLowerSegmentToTheTopLetsItKeepEveryMemberAndSavingKeepsTheOrder() {
        assertThat(text(1, ".priority-segment")).isEqualTo(VIP);
        assertThat(text(2, ".priority-segment")).isEqualTo(CHURN);
        long churnMembers = row(2).orElseThrow().getItem().members();
        long vipKept = row(1).orElseThrow().getItem().exclusive();
        assertThat(row(2).orElseThrow().getItem().exclusive()).as("churn risk shares members with VIP")
                .isLessThan(churnMembers);
        assertThat(text(2, ".priority-loss")).startsWith("loses ").endsWith(" to " + VIP);
        assertThat(text(1, ".priority-kept")).isEqualTo(formats.count(vipKept) + " kept");

        Node handle = row(2).orElseThrow().lookup(".drag-handle");
        robot.drag(handle).moveTo(row(1).orElseThrow(), Pos.TOP_CENTER, new Point2D(0, 8), Motion.DEFAULT).drop();

        waitUntil(() -> CHURN.equals(text(1, ".priority-segment")) && !text(1, ".priority-kept").isEmpty());
        assertThat(text(1, ".priority-kept")).as("first pick keeps all its members")
                .isEqualTo(formats.count(churnMembers) + " kept");
        assertThat(text(1, ".muted")).isEqualTo("of " + formats.count(churnMembers));
        assertThat(text(2, ".priority-segment")).isEqualTo(VIP);
        assertThat(row(2).orElseThrow().getItem().exclusive()).as("VIP gives up what churn risk now takes first")
                .isLessThan(vipKept);
        assertThat(text(2, ".priority-loss")).startsWith("loses ").endsWith(" to " + CHURN);
        assertThat(robot.lookup("#unsaved").query().isVisible()).isTrue();
        assertThat(workspace.priorityGroups().find("Retention").orElseThrow().segments()).as("not saved yet")
                .containsExactly(VIP, CHURN);

        robot.clickOn("#save");

        waitUntil(() -> workspace.priorityGroups().find("Retention").orElseThrow().segments()
                .equals(List.of(CHURN, VIP)));
        waitUntil(() -> !robot.lookup("#unsaved").query().isVisible());
        assertThat(workspace.audit().recent(1).get(0).actor()).isEqualTo("ben");
        assertThat(text(1, ".priority-segment")).isEqualTo(CHURN);
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void altArrowsMoveTheSelectedSegmentAndRevertUndoesIt() {
        robot.clickOn(row(1).orElseThrow().lookup(".priority-segment"));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);

        waitUntil(() -> VIP.equals(text(2, ".priority-segment")) && !text(2, ".priority-kept").isEmpty());
        assertThat(row(1).orElseThrow().getItem().exclusive()).isEqualTo(row(1).orElseThrow().getItem().members());
        waitUntil(() -> robot.lookup("#unsaved").query().isVisible());

        robot.clickOn("#revert");

        waitUntil(() -> VIP.equals(text(1, ".priority-segment")) && !robot.lookup("#unsaved").query().isVisible());
        assertThat(workspace.priorityGroups().find("Retention").orElseThrow().segments()).containsExactly(VIP, CHURN);
    }

    @Test
    void aNewGroupIsCreatedThroughItsDialog() {
        robot.clickOn("#newGroup");
        waitUntil(() -> robot.lookup("#group-name").tryQuery().isPresent());
        robot.clickOn("#group-name").write("Retention");
        waitUntil(() -> robot.lookup(".priority-problem").queryAs(Label.class).getText().contains("already"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Winback");
        robot.clickOn("#group-description").write("second chances");
        check("Lapsed VIP");
        check(CHURN);
        robot.clickOn("Create");

        waitUntil(() -> workspace.priorityGroups().find("Winback").isPresent());
        waitUntil(() -> "Winback".equals(robot.lookup("#groupName").queryAs(Label.class).getText())
                && row(2).isPresent());
        assertThat(workspace.priorityGroups().find("Winback").orElseThrow().segments())
                .containsExactly(CHURN, "Lapsed VIP"); // in the order offered: by name
        assertThat(text(1, ".priority-segment")).isEqualTo(CHURN);
    }

    private void check(String segment) {
        Node cell = robot.lookup("#group-segments .list-cell")
                .match(node -> node instanceof ListCell<?> c && segment.equals(c.getItem())).query();
        robot.clickOn(cell.lookup(".check-box"));
    }

    /** The cell showing the segment of a rank (cells are reused, so they are found by their item). */
    @SuppressWarnings("unchecked")
    private Optional<ListCell<PriorityRow>> row(int rank) {
        return robot.lookup(".priority-order .list-cell").queryAll().stream()
                .map(node -> (ListCell<PriorityRow>) node)
                .filter(cell -> cell.getItem() != null && cell.getItem().rank() == rank)
                .findFirst();
    }

    private String text(int rank, String styleClass) {
        return row(rank).map(cell -> ((Label) cell.lookup(styleClass)).getText()).orElse("");
    }

    private void waitUntil(BooleanSupplier condition) {
        new ScreenWait(robot, "the Priorities page", () -> "; errors: " + errors.reports()).until(condition);
    }
}
