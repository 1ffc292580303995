package io.segmentstudio;

import io.segmentstudio.app.AppDirectories;
import io.segmentstudio.app.FileLogging;
import io.segmentstudio.app.SettingsStore;
import io.segmentstudio.app.cli.Cli;
import io.segmentstudio.ui.bench.UiStallBench;
import java.util.List;

/**
 * The program's entry point, the one class that sees both faces: no arguments open the desktop app,
 * anything else is a CLI command ({@code ui} opens the desktop app on a given workspace). It lives
 * outside {@code app} so that the composition root never depends on the UI. Keeps no logger: the log
 * folder must be set before the first one exists.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.fromEnvironment();
        System.setProperty(FileLogging.LOG_DIR_PROPERTY, directories.logDirectory().toString());
        DesktopCommand desktop = new DesktopCommand(directories);
        if (args.length == 0) {
            desktop.call();
            return;
        }
        int code = new Cli(System.out, System.err, List.of(desktop),
                () -> new SettingsStore(directories.settingsFile()).get().userName(), new UiStallBench()).run(args);
        if (!desktop.launched()) {
            System.exit(code);
        }
    }
}
