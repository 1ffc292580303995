package io.segmentstudio.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.FxDebouncer;
import io.segmentstudio.ui.common.FxTaskRunner;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.Theme;
import io.segmentstudio.ui.common.ThemeManager;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
 * The audit log page driven by clicks and keys, on a retail demo workspace where a team then edited,
 * reviewed, archived and grouped segments: picking a person shows only their entries, and the export
 * writes exactly those.
 */
@Tag("ui")
class AuditFlowTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private Path exportFile;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final RecordingErrors errors = new RecordingErrors();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openThePage() throws Exception {
        workspace = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(21, 300, LocalDate.of(2025, 6, 1))).generate(workspace,
                ProgressListener.NONE);
        AuditStory.tell(workspace, "average_order_value", "Team ");
        exportFile = dir.resolve("bo.csv");
        FxToolkit.setupFixture(() -> {
            AuditViewModel viewModel = new AuditViewModel(new SimpleObjectProperty<>(workspace),
                    new FxTaskRunner(background), errors, Formats.system(Clock.systemUTC()),
                    new FxDebouncer(AuditView.TYPING_PAUSE));
            Parent page = new ViewLoader().load(AuditView.class,
                    () -> new AuditView(viewModel, (owner, suggested) -> Optional.of(exportFile)));
            Scene scene = new Scene(page, 1180, 760);
            scene.getStylesheets().setAll(stylesheets(Theme.LIGHT));
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return stage;
        });
        waitUntil(() -> table().getItems().size() == 16);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        workspace.close();
    }

    /** The app's sheets and this page's own, as the theme manager will attach them. */
    static List<String> stylesheets(Theme theme) {
        List<String> sheets = new ArrayList<>(ThemeManager.stylesheets(theme));
        sheets.add(AuditView.class.getResource("/io/segmentstudio/styles/components/audit.css").toExternalForm());
        return sheets;
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditRow> table() {
        return robot.lookup(".audit-table").queryAs(TableView.class);
    }

    @Test
    void pickingAPersonShowsOnlyTheirEntriesAndTheExportHoldsExactlyThose() throws IOException {
        robot.clickOn(".audit-actor");
        robot.clickOn(robot.lookup(".list-cell").match(cell -> cell instanceof Labeled labeled && "bo".equals(labeled.getText())
                && cell.getScene().getWindow().isShowing()).queryLabeled());

        waitUntil(() -> table().getItems().size() == 2);
        assertThat(table().getItems()).extracting(row -> row.entry().actor()).containsOnly("bo");
        assertThat(table().getItems()).extracting(AuditRow::sentence).containsExactly(
                "bo created the priority group Team Retention: Team VIP > Team Lapsed VIP",
                "bo approved Team VIP v2: looks right");

        robot.clickOn("Export CSV…");
        waitUntil(() -> robot.lookup(".audit-exported .label").queryLabeled().getText()
                .equals("Exported 2 entries to " + exportFile));
        List<String> lines = Files.readAllLines(exportFile, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).allMatch(line -> line.split(",")[1].equals("bo"));
        assertThat(lines.get(2)).contains("segment.approved", "Team VIP", "looks right");
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void aSubjectNothingMatchesSaysSoAndClearingTheFiltersBringsEverythingBack() {
        robot.clickOn(".audit-subject").write("no such segment");

        waitUntil(() -> robot.lookup("No entries match these filters").tryQuery()
                .map(node -> node.isVisible() && node.getParent().isVisible()).orElse(false));
        robot.clickOn(robot.lookup(".empty-state .button").queryButton());

        waitUntil(() -> table().getItems().size() == 16);
        assertThat(robot.lookup(".audit-subject").queryTextInputControl().getText()).isEmpty();
    }

    private void waitUntil(BooleanSupplier condition) {
        new ScreenWait(robot, "the audit page", () -> "; errors: " + errors.reports()).until(condition);
    }
}
