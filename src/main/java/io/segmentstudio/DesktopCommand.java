package io.segmentstudio;

import io.segmentstudio.app.AppContext;
import io.segmentstudio.app.AppDirectories;
import io.segmentstudio.app.cli.Cli;
import io.segmentstudio.ui.shell.DesktopApp;
import io.segmentstudio.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ui [-w PATH]}: opens the desktop app, on the given workspace or on the most recent one. */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Open the desktop app (on a workspace, or the most recent one / the retail demo).")
final class DesktopCommand implements Callable<Integer> {
    private final AppDirectories directories;
    private boolean launched;

    @Option(names = {"-w", "--workspace"}, paramLabel = "PATH", description = "Workspace to open.")
    Path workspace;

    DesktopCommand(AppDirectories directories) {
        this.directories = directories;
    }

    @Override
    public Integer call() {
        AppContext context = AppContext.create(directories);
        if (workspace != null) {
            // The window opens the most recent workspace first; a missing file falls back with a notice.
            Path file = WorkspaceFile.of(workspace).file();
            context.settings().update(settings -> settings.withRecentWorkspace(file));
        }
        DesktopApp.launch(context);
        launched = true;
        return Cli.OK;
    }

    /** Whether the desktop app now runs: then the JVM must not exit when the command returns. */
    boolean launched() {
        return launched;
    }
}
