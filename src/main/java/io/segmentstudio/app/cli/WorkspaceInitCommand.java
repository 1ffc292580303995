package io.segmentstudio.app.cli;

import io.segmentstudio.workspace.Workspace;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code workspace init}: creates an empty workspace. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new, empty workspace.")
final class WorkspaceInitCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Time zone for calendar days and relative dates, e.g. Europe/Berlin (default: this computer's).")
    ZoneId timeZone = ZoneId.systemDefault();

    WorkspaceInitCommand(Output output) {
        this.output = output;
    }

    record Created(String name, String file, String timeZone, String schemaVersion) {
    }

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.create(common.workspace, timeZone)) {
            Created created = new Created(workspace.name(), workspace.file().toString(), workspace.timeZone().getId(),
                    workspace.schemaVersion());
            if (common.json) {
                output.json(created);
            } else {
                output.line("Created workspace " + created.name() + " at " + created.file() + " (time zone "
                        + created.timeZone() + ")");
            }
        }
        return Cli.OK;
    }
}
