package io.segmentstudio.ui.testprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.FxTaskRunner;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.ui.common.Theme;
import io.segmentstudio.ui.common.ThemeManager;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * The tests pane mounted on its own, as the catalog's detail area shows it, on a retail demo workspace
 * whose High-Value Customers segment has one passing and one failing test.
 */
@Tag("ui")
class TestProfilesFlowTest {
    private static final String SEGMENT = "High-Value Customers";
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    @TempDir
    Path dir;
    private Workspace shop;
    private ExecutorService executor;
    private TestProfilesViewModel tests;
    private final RecordingErrors errors = new RecordingErrors();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showTheTests() throws Exception {
        shop = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(21, 300, LocalDate.of(2026, 11, 1))).generate(shop,
                ProgressListener.NONE);
        shop.testProfiles().add(SEGMENT, "big recent basket", customer("250.00"), true, null, "ana");
        shop.testProfiles().add(SEGMENT, "small basket counts too", customer("150.00"), true, null, "ana");
        executor = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "test-profiles-flow");
            thread.setDaemon(true);
            return thread;
        });
        tests = new TestProfilesViewModel(new SimpleObjectProperty<>(shop), new FxTaskRunner(executor), errors,
                TestFormats.us(), new SimpleStringProperty("ana"), Clock.fixed(NOW, ZoneOffset.UTC));
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            Parent view = new ViewLoader().load(TestProfilesView.class,
                    () -> new TestProfilesView(tests, new TestProfileDialogs(new ThemeManager())));
            Scene scene = new Scene(view, 560, 760);
            scene.getStylesheets().setAll(ThemeManager.stylesheets(Theme.LIGHT));
            scene.getStylesheets().add(TestProfilesView.class.getResource("/io/segmentstudio/styles/components/"
                    + "testprofiles.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            tests.segmentProperty().set(SEGMENT);
            return stage;
        });
        waitUntil(() -> robot.lookup(".test-list .test-name").queryAll().size() == 2);
    }

    private static Profile customer(String averageOrderValue) {
        return new Profile("by-hand", Map.of("average_order_value", new BigDecimal(averageOrderValue),
                "last_purchase_date", LocalDate.of(2026, 10, 25)), List.of());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        shop.close();
    }

    @Test
    void aFailingTestShowsRedWithTheConditionThatFailedAndItsValue() {
        assertThat(marks("test-not-run")).as("nothing has run yet").isEqualTo(2);

        robot.clickOn("#runAll");

        waitUntil(() -> marks("test-passed") == 1 && marks("test-failed") == 1);
        assertThat(text("#summary")).isEqualTo("1 passed · 1 failed");
        // the failure is selected by itself and explained node by node
        waitUntil(() -> text("#detailName").equals("small basket counts too"));
        assertThat(text("#verdict")).startsWith("Failed: expected a member, but it is not a member");
        Node failed = robot.lookup(".explain-line.explain-false")
                .match(line -> labels(line).stream().anyMatch(text -> text.contains("average_order_value"))).query();
        assertThat(labels(failed)).anySatisfy(text -> assertThat(text).contains("150").contains("200")
                .endsWith("→ false"));
        assertThat(robot.lookup(".explain-line.explain-true")
                .match(line -> labels(line).stream().anyMatch(text -> text.contains("last_purchase_date"))).tryQuery())
                .as("the recent purchase held").isPresent();

        robot.clickOn("big recent basket");
        waitUntil(() -> text("#verdict").startsWith("Passed: a member, as expected"));
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void aValueTypedByHandThatIsNotANumberIsRefusedInTheForm() {
        robot.clickOn("#add");
        robot.clickOn("#byHand");
        robot.clickOn("#testName").write("typo in the basket");
        robot.clickOn(".hand-attribute");
        waitUntil(() -> robot.lookup(".list-cell").match(cell -> cell.getScene() != null
                && cell.getScene().getWindow() != null && cell.getScene().getWindow().isShowing()
                && "average_order_value".equals(((javafx.scene.control.ListCell<?>) cell).getText())).tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(cell -> "average_order_value".equals(
                ((javafx.scene.control.ListCell<?>) cell).getText())).queryAs(Node.class));
        robot.clickOn(".hand-value").write("lots");
        robot.clickOn("#save");

        waitUntil(() -> text("#problem").equals(
                "“lots” is not a value of average_order_value: type a number, e.g. 149.90."));
        assertThat(shop.testProfiles().list(SEGMENT)).hasSize(2);

        robot.doubleClickOn(".hand-value").write("320");
        robot.clickOn("#save");
        waitUntil(() -> robot.lookup(".test-list .test-name").queryAll().size() == 3);
        assertThat(shop.testProfiles().find(SEGMENT, "typo in the basket").orElseThrow().profile()
                .value("average_order_value")).isEqualTo(new BigDecimal("320"));
    }

    private long marks(String status) {
        return robot.lookup(".test-list .test-mark").queryAll().stream()
                .filter(mark -> mark.getStyleClass().contains(status) && mark.getParent() != null
                        && ((Node) mark).isVisible())
                .count();
    }

    private static List<String> labels(Node line) {
        return line.lookupAll(".label").stream().map(label -> ((Label) label).getText()).toList();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void waitUntil(BooleanSupplier condition) {
        new ScreenWait(robot, "the tests pane").until(condition);
    }
}
