package io.segmentstudio.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.app.AppContext;
import io.segmentstudio.app.AppDirectories;
import io.segmentstudio.app.SampleWorkspaces;
import io.segmentstudio.app.SettingsStore;
import io.segmentstudio.testing.WorkspaceFixture;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.ui.common.Theme;
import io.segmentstudio.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path dir;
    private Path shop;
    private AppContext context;
    private final RecordingErrors errors = new RecordingErrors();
    private ShellViewModel shell;

    @BeforeEach
    void setUp() {
        shop = WorkspaceFixture.shop().createFile(dir.resolve("shop"));
    }

    @AfterEach
    void tearDown() {
        if (shell != null) {
            shell.shutdown();
        }
        context.close();
    }

    private ShellViewModel shell() {
        context = AppContext.create(new AppDirectories(dir.resolve("home")));
        shell = new ShellViewModel(context, new SynchronousTaskRunner(), errors);
        return shell;
    }

    @Test
    void opensAWorkspaceAndPutsItFirstInTheRecentList() {
        shell().open(shop);

        assertThat(shell.workspaceProperty().get().name()).isEqualTo("shop");
        assertThat(shell.titleProperty().get()).isEqualTo("Segment Studio — shop");
        assertThat(context.settings().get().recentWorkspaces()).containsExactly(shop);
        assertThat(shell.recentWorkspaces()).containsExactly(new RecentWorkspace(shop, "shop", true));
        assertThat(shell.activeTaskProperty().get()).isNull();
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void closingLeavesNoWorkspaceAndAPlainTitle() {
        shell().open(shop);
        shell.close();

        assertThat(shell.workspaceProperty().get()).isNull();
        assertThat(shell.titleProperty().get()).isEqualTo("Segment Studio");
        assertThat(shell.recentWorkspaces()).hasSize(1);
    }

    @Test
    void openingAnotherWorkspaceClosesTheFirst() {
        Path other = WorkspaceFixture.shop().profiles(3).createFile(dir.resolve("other"));
        shell().open(shop);
        shell.open(other);

        assertThat(shell.workspaceProperty().get().name()).isEqualTo("other");
        assertThat(context.settings().get().recentWorkspaces()).containsExactly(other, shop);
        // the first one was closed, so it opens again without a lock error
        try (var reopened = io.segmentstudio.workspace.Workspace.open(shop)) {
            assertThat(reopened.name()).isEqualTo("shop");
        }
    }

    @Test
    void aFileThatIsNotAWorkspaceIsReportedWithItsOwnMessage() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list");
        shell().open(shop);
        shell.open(notes);

        assertThat(errors.reports()).singleElement().satisfies(report -> {
            assertThat(report.title()).isEqualTo("Cannot open the workspace");
            assertThat(report.error()).isInstanceOf(WorkspaceException.NotAWorkspace.class)
                    .hasMessageContaining("notes.txt");
        });
        assertThat(shell.workspaceProperty().get().name()).as("the open workspace stays").isEqualTo("shop");
    }

    @Test
    void createsANewEmptyWorkspace() {
        shell().create(dir.resolve("fresh.mv.db"));

        assertThat(shell.workspaceProperty().get().name()).isEqualTo("fresh");
        assertThat(shell.workspaceProperty().get().profiles().count()).isZero();
        assertThat(dir.resolve("fresh.mv.db")).exists();
    }

    @Test
    void recentWorkspacesThatAreGoneAreMarkedMissing() {
        Path gone = dir.resolve("gone.mv.db");
        new SettingsStore(dir.resolve("home/settings.json"))
                .update(settings -> settings.withRecentWorkspace(gone).withRecentWorkspace(shop));

        shell();

        assertThat(shell.recentWorkspaces()).containsExactly(new RecentWorkspace(shop, "shop", true),
                new RecentWorkspace(gone, "gone", false));
    }

    @Test
    void startupReopensTheMostRecentWorkspace() {
        new SettingsStore(dir.resolve("home/settings.json")).update(settings -> settings.withRecentWorkspace(shop));

        shell().startup();

        assertThat(shell.workspaceProperty().get().name()).isEqualTo("shop");
    }

    @Test
    void startupFallsBackToTheSampleAndExplainsWhyNothingOpened() throws IOException {
        new SettingsStore(dir.resolve("home/settings.json"))
                .update(settings -> settings.withRecentWorkspace(dir.resolve("gone.mv.db")));
        shell();
        // a damaged sample file: the fallback fails the same way whatever the generator does
        Path sample = context.samples().location(SampleWorkspaces.RETAIL_DEMO);
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, "damaged");

        shell.startup();

        assertThat(shell.workspaceProperty().get()).isNull();
        assertThat(shell.noticeProperty().get()).contains("Could not reopen gone.mv.db")
                .contains("The retail demo sample could not be prepared");
        assertThat(errors.reports()).as("startup explains on the welcome pane, not in dialogs").isEmpty();
    }

    @Test
    void theThemeIsRememberedInTheSettings() {
        shell().themeProperty().set(Theme.DARK);

        assertThat(context.settings().get().theme()).isEqualTo("dark");
        assertThat(new SettingsStore(dir.resolve("home/settings.json")).get().theme()).isEqualTo("dark");
    }

    @Test
    void theStatusBarShowsTheWorkspaceAndItsSize() {
        shell().open(shop);
        StatusBarViewModel status = new StatusBarViewModel(shell.workspaceProperty(), shell.activeTaskProperty(),
                new SynchronousTaskRunner(), errors, TestFormats.us());

        assertThat(status.workspaceNameProperty().get()).isEqualTo("shop");
        assertThat(status.workspaceFileProperty().get()).isEqualTo(shop.toString());
        assertThat(status.profilesProperty().get()).isEqualTo("40 profiles");
        assertThat(status.eventsProperty().get()).endsWith(" events");
        assertThat(status.lastSyncProperty().get()).isEqualTo("Last sync 9 days ago");

        shell.close();
        assertThat(status.workspaceNameProperty().get()).isEqualTo("No workspace open");
        assertThat(status.profilesProperty().get()).isEmpty();
    }
}
