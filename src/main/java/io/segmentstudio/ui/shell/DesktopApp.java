package io.segmentstudio.ui.shell;

import io.segmentstudio.app.AppContext;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Starts the desktop face. It does not subclass {@code Application}: the toolkit is started directly, so
 * the composition root stays in the launcher and tests can build the same window on their own stage.
 */
public final class DesktopApp {
    /** With this system property set to true, prints the time to the first window and exits (cold-start benchmark). */
    public static final String STARTUP_PROBE = "segmentstudio.startupProbe";

    private DesktopApp() {
    }

    public static void launch(AppContext context) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            if (Boolean.getBoolean(STARTUP_PROBE)) {
                stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> reportStartupAndExit());
            }
            new MainWindow(context).show(stage);
            // after the window's own handler, which still needs the background pool to close the workspace
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
                context.close();
                Platform.exit();
            });
        });
    }

    private static void reportStartupAndExit() {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first-window-ms=" + millis);
        System.out.flush();
        // exit from another thread: System.exit on the FX thread can wait on the FX thread's own shutdown
        new Thread(() -> System.exit(0), "startup-probe-exit").start();
    }
}
