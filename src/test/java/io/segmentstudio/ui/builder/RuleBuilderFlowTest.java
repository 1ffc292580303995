package io.segmentstudio.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.app.AppContext;
import io.segmentstudio.app.AppDirectories;
import io.segmentstudio.app.SettingsStore;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.shell.MainWindow;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/**
 * The rule builder driven by clicks and keys in the real window, on a retail demo workspace: a rule
 * built from nothing counts what the database counts, undo and redo move the count back and forth,
 * and a condition dragged into a new group keeps its meaning.
 */
@Tag("ui")
class RuleBuilderFlowTest {
    private static final String HIGH_VALUE = """
            {"rule":{"type":"group","combinator":"and","children":[
              {"type":"predicate","attribute":"average_order_value","operator":"greater_than","value":200},
              {"type":"predicate","attribute":"last_purchase_date","operator":"in_last","amount":30,"unit":"days"}]}}""";
    private static final String AOV_ONLY = """
            {"rule":{"type":"group","combinator":"and","children":[
              {"type":"predicate","attribute":"average_order_value","operator":"greater_than","value":200}]}}""";

    @TempDir
    Path dir;
    private AppContext context;
    private MainWindow window;
    private Path retail;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openTheBuilder() throws Exception {
        retail = dir.resolve("retail.mv.db");
        try (Workspace workspace = Workspace.create(retail, ZoneId.of("Europe/Berlin"))) {
            new RetailDemoGenerator(new SampleSpec(21, 3_000, LocalDate.now().minusDays(1))).generate(workspace,
                    ProgressListener.NONE);
        }
        Path home = dir.resolve("home");
        new SettingsStore(home.resolve("settings.json")).update(settings -> settings.withRecentWorkspace(retail));
        context = AppContext.create(new AppDirectories(home));
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            window = new MainWindow(context);
            window.show(stage);
            return stage;
        });
        waitUntil(() -> window.viewModel().workspaceProperty().get() != null);
        robot.clickOn("#nav-builder");
        waitUntil(() -> robot.lookup("#add-root").match(node -> node.getScene() != null).tryQuery().isPresent());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void buildsHighValueCustomersFromNothingAndCountsWhatTheDatabaseCounts() {
        addFromMenu("Condition");
        pickAttribute(0, "average_order_value");
        typeValue(0, "200");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL); // the second by keyboard
        waitUntil(() -> robot.lookup(".condition-row").queryAll().size() == 2);
        pickAttribute(1, "last_purchase_date");

        long expected = databaseCount(HIGH_VALUE);
        assertThat(expected).as("the demo has high-value customers").isPositive();
        waitForCount(expected);

        // undo the attribute picked for the second condition, then the second condition itself
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForCount(databaseCount(AOV_ONLY));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForCount(expected);

        // save as ana, submit for review, then approve as ben
        setActingAs("ana");
        robot.clickOn("#save");
        robot.clickOn("#segment-name").write("Big Spenders");
        robot.clickOn("#change-comment").write("AOV over 200, bought this month");
        robot.clickOn("Save");
        waitForStatus("Draft");
        robot.clickOn("#submit");
        robot.clickOn("#change-comment").write("ready");
        robot.clickOn("Submit");
        waitForStatus("In review");
        assertThat(robot.lookup("#approve").queryButton().isDisabled()).as("an author cannot approve").isTrue();
        setActingAs("ben");
        waitUntil(() -> !robot.lookup("#approve").queryButton().isDisabled());
        robot.clickOn("#approve");
        robot.clickOn("#change-comment").write("numbers match the brief");
        robot.clickOn("Approve");
        waitForStatus("Approved");
        assertThat(window.viewModel().workspaceProperty().get().workflow().publishableVersion("Big Spenders"))
                .hasValueSatisfying(version -> assertThat(version.reviewedBy()).isEqualTo("ben"));
    }

    private void setActingAs(String user) {
        robot.doubleClickOn("#actingAs").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(user).type(KeyCode.TAB);
    }

    private void waitForStatus(String label) {
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().equals(label));
    }

    @Test
    void aValueIsCountedAsItIsTypedKeepsItsFieldAndIsUndoneInOneStep() {
        addFromMenu("Condition");
        pickAttribute(0, "average_order_value");
        typeValue(0, "200");
        waitForCount(databaseCount(AOV_ONLY));
        int steps = historySize();

        TextField field = valueField(0);
        robot.clickOn(field).type(KeyCode.END).write("0");            // 2000, no Enter: counted as typed
        waitForCount(databaseCount(AOV_ONLY.replace("200", "2000")));
        robot.type(KeyCode.BACK_SPACE).write("5");                     // 2005, still in the same field
        waitForCount(databaseCount(AOV_ONLY.replace("200", "2005")));
        assertThat(robot.targetWindow().getScene().getFocusOwner()).as("the field typed in keeps the focus")
                .isInstanceOfSatisfying(TextField.class, focused -> assertThat(focused.getText()).isEqualTo("2005"));
        assertThat(historySize()).as("the keystrokes in one field are one step").isEqualTo(steps + 1);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForCount(databaseCount(AOV_ONLY));
        waitUntil(() -> valueField(0).getText().equals("200"));
    }

    private TextField valueField(int row) {
        return robot.lookup(".condition-row").nth(row).lookup(".value-field").queryAs(TextField.class);
    }

    private int historySize() {
        return robot.lookup("#history").match(node -> node.getScene() != null)
                .queryAs(javafx.scene.control.ListView.class).getItems().size();
    }

    @Test
    void aConditionDraggedIntoANewGroupKeepsTheCount() {
        addFromMenu("Condition");
        pickAttribute(0, "average_order_value");
        typeValue(0, "200");
        long expected = databaseCount(AOV_ONLY);
        waitForCount(expected);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".group-nested").tryQuery().isPresent());
        Node handle = robot.lookup(".condition-row .drag-handle").nth(0).query();
        Node group = robot.lookup(".group-nested .group-header").query();
        robot.drag(handle).dropTo(group);
        waitUntil(() -> robot.lookup(".group-nested .condition-row").queryAll().size() == 2);
        assertThat(robot.lookup(".group-root > .condition-row").queryAll()).as("nothing left at the top").isEmpty();
        // the new group came with a starting condition ahead of the dropped one: select it, delete it by key
        robot.clickOn(robot.lookup(".group-nested .condition-row .drag-handle").nth(0).queryAs(Node.class));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".group-nested .condition-row").queryAll().size() == 1);
        assertThat(picker(0).getValue().toString()).contains("average_order_value");
        waitForCount(expected);
    }

    /** Opens the top group's “+ Add” menu and clicks an item (only the menu on screen: old ones linger unseen). */
    private void addFromMenu(String item) {
        robot.clickOn(robot.lookup("#add-root").match(node -> node.getScene() != null).queryAs(Node.class));
        waitUntil(() -> menuItem(item) != null);
        robot.clickOn(menuItem(item));
    }

    private Node menuItem(String text) {
        return robot.lookup(".menu-item").match(node -> node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing() && node.lookup(".label") instanceof Label label
                && label.getText().startsWith(text)).tryQuery().orElse(null);
    }

    private void pickAttribute(int row, String attribute) {
        robot.clickOn(picker(row)).write(attribute).type(KeyCode.ENTER);
        waitUntil(() -> picker(row).getValue() instanceof io.segmentstudio.domain.Attribute chosen
                && chosen.name().equals(attribute));
    }

    private javafx.scene.control.ComboBox<?> picker(int row) {
        return (javafx.scene.control.ComboBox<?>) robot.lookup(".condition-row").nth(row).lookup(".attribute-picker")
                .match(node -> node instanceof javafx.scene.control.ComboBox).query();
    }

    private void typeValue(int row, String value) {
        TextField field = robot.lookup(".condition-row").nth(row).lookup(".value-field").queryAs(TextField.class);
        robot.doubleClickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(value).type(KeyCode.ENTER);
    }

    /** The same rule run as SQL in H2, on the workspace the window has open. */
    private long databaseCount(String rule) {
        Workspace open = window.viewModel().workspaceProperty().get();
        return new SegmentRunner(open).evaluateInDatabase(new NativeRuleJson().readRule(rule, open.ruleSchema()),
                context.clock().instant()).count();
    }

    private void waitForCount(long expected) {
        String text = Formats.system(context.clock()).count(expected);
        waitUntil(() -> robot.lookup(".count-value").queryAs(Label.class).getText().equals(text));
    }

    private void waitUntil(BooleanSupplier condition) {
        new ScreenWait(robot, "the rule builder").until(condition);
    }
}
