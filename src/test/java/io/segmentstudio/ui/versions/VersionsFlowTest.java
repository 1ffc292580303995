package io.segmentstudio.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.FxTaskRunner;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.Theme;
import io.segmentstudio.ui.common.ThemeManager;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * The versions pane on its own in a window, on a retail demo workspace with a segment saved twice:
 * choosing the two versions shows the changed value and the added condition in the tree, and restoring
 * the first version adds a third one, a draft.
 */
@Tag("ui")
class VersionsFlowTest {
    private static final String SEGMENT = "Big Spenders";
    private static final String AOV_200 = """
            {"rule":{"type":"group","combinator":"and","children":[
              {"type":"predicate","attribute":"average_order_value","operator":"greater_than","value":200}]}}""";
    private static final String AOV_300_RECENT = """
            {"rule":{"type":"group","combinator":"and","children":[
              {"type":"predicate","attribute":"average_order_value","operator":"greater_than","value":300},
              {"type":"predicate","attribute":"last_purchase_date","operator":"in_last","amount":30,"unit":"days"}]}}""";

    @TempDir
    Path dir;
    private Workspace workspace;
    private ExecutorService executor;
    private final RecordingErrors errors = new RecordingErrors();
    private final FxRobot robot = new FxRobot();
    private VersionsViewModel versions;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showThePane() throws Exception {
        workspace = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(21, 300, LocalDate.now().minusDays(1))).generate(workspace,
                ProgressListener.NONE);
        workspace.versions().create(new NewSegment(SEGMENT, "", "Value", List.of(), AOV_200), "ana", "first cut");
        workspace.versions().save(SEGMENT, AOV_300_RECENT, "ana", "stricter, and recent buyers only");
        executor = Executors.newSingleThreadExecutor();
        versions = new VersionsViewModel(new SimpleObjectProperty<>(workspace), new FxTaskRunner(executor), errors,
                Formats.system(Clock.systemUTC()), new SimpleStringProperty("ben"));
        FxToolkit.setupFixture(() -> {
            Parent pane = new ViewLoader().load(VersionsView.class,
                    () -> new VersionsView(versions, new RestoreDialog(new ThemeManager())));
            Scene scene = new Scene(pane, 520, 760);
            scene.getStylesheets().setAll(ThemeManager.stylesheets(Theme.LIGHT));
            scene.getStylesheets().add(VersionsView.class.getResource("/io/segmentstudio/styles/components/versions.css")
                    .toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            versions.segmentProperty().set(SEGMENT);
            return stage;
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        workspace.close();
    }

    @Test
    void theDiffOfTwoVersionsShowsTheChangeAndAnOldVersionIsRestoredAsADraft() {
        waitUntil(() -> robot.lookup(".version-cell .version-number").queryAllAs(Label.class).size() == 2);

        // backwards first: from v2 to v1 the condition is removed and the value goes down
        choose("#olderChoice", "v2 · Draft");
        choose("#newerChoice", "v1 · Draft");
        waitUntil(() -> row("n3").getStyleClass().contains("diff-removed"));
        assertThat(fieldText("n2")).isEqualTo("value 300 → 200");

        choose("#olderChoice", "v1 · Draft");
        choose("#newerChoice", "v2 · Draft");
        waitUntil(() -> row("n3").getStyleClass().contains("diff-added"));
        assertThat(badge("n3")).isEqualTo("+");
        assertThat(text("n3")).isEqualTo("last_purchase_date is in the last 30 days");
        assertThat(row("n2").getStyleClass()).contains("diff-changed");
        assertThat(fieldText("n2")).isEqualTo("value 200 → 300");
        assertThat(row("n1").getStyleClass()).as("the group itself is unchanged").contains("diff-same");
        assertThat(robot.lookup(".diff-summary").queryAs(Label.class).getText()).isEqualTo("1 added · 1 changed");

        // restore v1: its row in the list, the button, a comment in the dialog
        Button restore = robot.lookup("#restore").queryButton();
        assertThat(restore.isDisabled()).as("the current version is not restored over itself").isTrue();
        robot.clickOn(versionCell("v1"));
        waitUntil(() -> restore.getText().equals("Restore v1 as a new draft…") && !restore.isDisabled());
        robot.clickOn(restore);
        waitUntil(() -> robot.lookup("#restore-comment").tryQuery().isPresent());
        robot.clickOn("#restore-comment").write("recent buyers were too few");
        robot.clickOn("Restore");

        waitUntil(() -> robot.lookup(".version-cell .version-number").queryAllAs(Label.class).size() == 3);
        ListCell<?> newest = versionCell("v3");
        assertThat(newest.lookup(".chip").getStyleClass()).contains("chip-draft");
        assertThat(((Label) newest.lookup(".chip")).getText()).isEqualTo("Draft");
        assertThat(((Label) newest.lookup(".version-comment")).getText())
                .isEqualTo("Restored version 1: recent buyers were too few");
        assertThat(robot.lookup(".restore-notice").queryAs(Label.class).getText()).isEqualTo("Restored v1 as v3, a draft");
        // the pane now shows what the restore changed: v2 → v3 takes the condition away again
        waitUntil(() -> row("n3").getStyleClass().contains("diff-removed"));
        SegmentVersion current = workspace.versions().current(SEGMENT);
        assertThat(current.version()).isEqualTo(3);
        assertThat(current.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(current.author()).isEqualTo("ben");
        assertThat(versions.revisionProperty().get()).isEqualTo(1);
        assertThat(errors.reports()).isEmpty();
    }

    /** Opens a version combo and clicks an entry of its popup (the one on screen). */
    private void choose(String combo, String entry) {
        robot.clickOn(combo);
        waitUntil(() -> popupCell(entry) != null);
        robot.clickOn(popupCell(entry));
        waitUntil(() -> robot.lookup(combo).queryAs(ComboBox.class).getValue() instanceof SegmentVersion chosen
                && entry.startsWith("v" + chosen.version() + " "));
    }

    private Node popupCell(String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(node -> node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()
                && node instanceof ListCell<?> cell && text.equals(cell.getText())).tryQuery().orElse(null);
    }

    private ListCell<?> versionCell(String number) {
        return robot.lookup(".version-cell").match(node -> node.lookup(".version-number") instanceof Label label
                && number.equals(label.getText())).queryAs(ListCell.class);
    }

    private Node row(String nodeId) {
        return robot.lookup("#diff-" + nodeId).query();
    }

    private String badge(String nodeId) {
        return ((Label) row(nodeId).lookup(".diff-badge")).getText();
    }

    private String text(String nodeId) {
        return ((Label) row(nodeId).lookup(".diff-text")).getText();
    }

    /** The changed field of a row as read on screen: "value 200 → 300". */
    private String fieldText(String nodeId) {
        return String.join(" ", ((Parent) row(nodeId).lookup(".diff-field")).getChildrenUnmodifiable().stream()
                .map(label -> ((Label) label).getText()).toList());
    }

    private void waitUntil(BooleanSupplier condition) {
        new ScreenWait(robot, "the versions pane", () -> "; errors: " + errors.reports()).until(condition);
    }
}
