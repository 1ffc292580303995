package io.segmentstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void recentWorkspacesAreMostRecentFirstWithoutDuplicatesAndBounded() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < 15; i++) {
            settings = settings.withRecentWorkspace(dir.resolve("w" + i + ".mv.db"));
        }
        settings = settings.withRecentWorkspace(dir.resolve("w10.mv.db"));
        assertThat(settings.recentWorkspaces()).hasSize(Settings.MAX_RECENT)
                .startsWith(dir.resolve("w10.mv.db"), dir.resolve("w14.mv.db"))
                .doesNotHaveDuplicates();
    }

    @Test
    void settingsSurviveARestart() {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.update(s -> s.withTheme(Settings.DARK).withUserName("ana")
                .withRecentWorkspace(dir.resolve("shop.mv.db"))
                .withWindow(new Settings.WindowBounds(10, 20, 1200, 800, false)));

        Settings reloaded = new SettingsStore(file).get();
        assertThat(reloaded.theme()).isEqualTo(Settings.DARK);
        assertThat(reloaded.userName()).isEqualTo("ana");
        assertThat(reloaded.recentWorkspaces()).containsExactly(dir.resolve("shop.mv.db"));
        assertThat(reloaded.window()).isEqualTo(new Settings.WindowBounds(10, 20, 1200, 800, false));
    }

    @Test
    void aBrokenSettingsFileFallsBackToDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "{not json");
        Settings settings = new SettingsStore(file).get();
        assertThat(settings.theme()).isEqualTo(Settings.LIGHT);
        assertThat(settings.userName()).isNotBlank();
    }

    @Test
    void dataDirectoryFollowsEachPlatformAndCanBeMoved() {
        Path home = Path.of("/home/ana");
        assertThat(AppDirectories.resolve(null, Map.of(), "Linux", home).home())
                .isEqualTo(Path.of("/home/ana/.local/share/segment-studio"));
        assertThat(AppDirectories.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", home).home())
                .isEqualTo(Path.of("/data/segment-studio"));
        assertThat(AppDirectories.resolve(null, Map.of(), "Mac OS X", home).home())
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Segment Studio"));
        assertThat(AppDirectories.resolve(null, Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"), "Windows 11",
                home).home()).isEqualTo(Path.of("C:/Users/ana/AppData/Local", "Segment Studio"));
        assertThat(AppDirectories.resolve(null, Map.of(AppDirectories.HOME_ENV, "/portable"), "Linux", home).home())
                .isEqualTo(Path.of("/portable"));
        assertThat(AppDirectories.resolve("/prop", Map.of(AppDirectories.HOME_ENV, "/portable"), "Linux", home).home())
                .isEqualTo(Path.of("/prop"));
    }
}
