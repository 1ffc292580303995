package io.segmentstudio.app.cli;

import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code workspace info}: what a workspace holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a workspace's file, schema, time zone and what it holds.")
final class WorkspaceInfoCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    WorkspaceInfoCommand(Output output) {
        this.output = output;
    }

    /** @param lastSync the last run of any source or destination, or null */
    record Info(String name, String file, String schemaVersion, String timeZone, long profiles, long events,
                long attributes, long segments, Instant lastSync) {
    }

    @Override
    public Integer call() {
        Info info;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            info = new Info(workspace.name(), workspace.file().toString(), workspace.schemaVersion(),
                    workspace.timeZone().getId(), workspace.profiles().count(), workspace.events().count(),
                    workspace.attributes().list().size(), workspace.segments().count(),
                    workspace.syncStates().lastSync().orElse(null));
        }
        if (common.json) {
            output.json(info);
        } else {
            output.line(row("Workspace", info.name()));
            output.line(row("File", info.file()));
            output.line(row("Schema version", info.schemaVersion()));
            output.line(row("Time zone", info.timeZone()));
            output.line(row("Profiles", Output.count(info.profiles())));
            output.line(row("Events", Output.count(info.events())));
            output.line(row("Attributes", Output.count(info.attributes())));
            output.line(row("Segments", Output.count(info.segments())));
            output.line(row("Last sync", info.lastSync() == null ? "never" : info.lastSync().toString()));
        }
        return Cli.OK;
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "%-15s %s", label, value);
    }
}
