package io.segmentstudio.testing;

import io.segmentstudio.app.Settings;
import io.segmentstudio.app.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares an app home with a larger fixture workspace as the most recent one, for looking at the app
 * under a real display: {@code DemoHome <home> [profiles] [light|dark]}, then start the launcher with
 * {@code -Dsegmentstudio.home=<home>}.
 */
public final class DemoHome {
    private DemoHome() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int profiles = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        String theme = args.length > 2 ? args[2] : Settings.LIGHT;
        Path file = home.resolve("workspaces/northwind-retail.mv.db");
        if (!Files.exists(file)) {
            WorkspaceFixture.shop().profiles(profiles).createFile(file);
        }
        new SettingsStore(home.resolve("settings.json")).update(settings -> settings.withRecentWorkspace(file)
                .withTheme(theme));
        System.out.println(file);
    }
}
