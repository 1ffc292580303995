package io.segmentstudio.app;

import io.segmentstudio.ui.shell.DesktopApp;

/** The program's entry point. Keeps no logger: the log folder must be set before the first one exists. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.fromEnvironment();
        System.setProperty("segmentstudio.log.dir", directories.logDirectory().toString());
        DesktopApp.launch(AppContext.create(directories));
    }
}
