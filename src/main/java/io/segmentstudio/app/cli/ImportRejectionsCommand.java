package io.segmentstudio.app.cli;

import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.Workspace;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import rejections}: the rows an import rejected, and why. */
@Command(name = "rejections", mixinStandardHelpOptions = true,
        description = "List the rows an import rejected, with row number, column, reason and the row as written.")
final class ImportRejectionsCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    @Option(names = "--id", paramLabel = "IMPORT", description = "The import's id (default: the latest import).")
    Long importId;

    ImportRejectionsCommand(Output output) {
        this.output = output;
    }

    /** @param row 1-based data row number (the header line is not counted) */
    record Rejected(long row, String column, String reason, String raw) {
    }

    record Report(long importId, String source, String status, List<Rejected> rejections) {
    }

    @Override
    public Integer call() {
        Report report;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            ImportLog imports = workspace.imports();
            ImportLog.ImportRun run = imports.runs().stream()
                    .filter(r -> importId == null || r.id() == importId)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(importId == null
                            ? "No imports in " + workspace.file() + " yet"
                            : "No import with id " + importId + " in " + workspace.file()));
            List<Rejected> rejections = imports.rejections(run.id()).stream()
                    .map(r -> new Rejected(r.rowNumber(), r.column(), r.reason(), r.rawRow()))
                    .toList();
            report = new Report(run.id(), run.source(), run.status().name().toLowerCase(Locale.ROOT),
                    rejections);
        }
        if (common.json) {
            output.json(report);
        } else {
            output.line("Import " + report.importId() + " of " + report.source() + " (" + report.status() + "): "
                    + Output.count(report.rejections().size(), "row") + " rejected");
            for (Rejected rejected : report.rejections()) {
                output.line("row " + rejected.row() + ": " + rejected.reason());
                output.line("    " + rejected.raw().replace("\n", "\\n").replace("\r", "\\r"));
            }
        }
        return Cli.OK;
    }
}
