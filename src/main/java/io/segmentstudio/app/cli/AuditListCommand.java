package io.segmentstudio.app.cli;

import io.segmentstudio.workspace.AuditCsv;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audit list}: who did what and when, filtered; as text, JSON or CSV. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List audit log entries, newest first, filtered by who, what, object and time; --csv exports.")
final class AuditListCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only this user's entries.")
    String actor;

    @Option(names = "--action", paramLabel = "ACTION",
            description = "Only this action (segment.approved), or a prefix ending in * (segment.*).")
    String action;

    @Option(names = "--object-type", paramLabel = "TYPE", description = "Only entries about this kind of object (segment).")
    String objectType;

    @Option(names = "--object", paramLabel = "NAME", description = "Only entries about this object (with --object-type).")
    String object;

    @Option(names = "--since", paramLabel = "ISO-INSTANT", description = "From this instant on (included).")
    Instant since;

    @Option(names = "--until", paramLabel = "ISO-INSTANT", description = "Before this instant (excluded).")
    Instant until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10000", description = "At most N entries (default 10000).")
    int limit;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, formulas defused) for spreadsheets.")
    boolean csv;

    AuditListCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        if (object != null && objectType == null) {
            throw new IllegalArgumentException("--object needs --object-type (for example --object-type segment)");
        }
        List<AuditLog.Entry> entries;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            entries = workspace.audit().query(AuditLog.Query.all().byActor(actor).byAction(action)
                    .about(objectType, object).between(since, until).limit(limit));
        }
        if (csv) {
            StringBuilder text = new StringBuilder();
            AuditCsv.write(entries, text);
            output.text(text.toString());
        } else if (common.json) {
            output.json(entries);
        } else {
            entries.forEach(e -> output.line(e.occurredAt() + "  " + e.actor() + "  " + e.action() + "  "
                    + e.targetType() + " " + e.target() + (e.details() == null || e.details().isEmpty() ? ""
                    : "  " + e.details().replace('\n', ' '))));
        }
        return Cli.OK;
    }
}
