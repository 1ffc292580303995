package io.segmentstudio.app.cli;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.ingest.csv.CsvImportOptions;
import io.segmentstudio.ingest.csv.CsvImportResult;
import io.segmentstudio.ingest.csv.CsvImporter;
import io.segmentstudio.ingest.csv.Delimiter;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import csv}: imports a CSV file into the profiles and says what happened to every row. */
@Command(name = "csv", mixinStandardHelpOptions = true,
        description = {"Import a UTF-8 CSV file with a header line into the workspace's profiles.",
                "New columns become attributes of the type their values fit (integer, decimal, date yyyy-MM-dd,"
                        + " boolean or string); existing attributes keep their type. Rows that do not fit are"
                        + " rejected and kept with the reason; the rest is imported in one transaction."})
final class ImportCsvCommand implements Callable<Integer> {
    private final Output output;
    private final String actor;

    @Mixin
    CommonOptions common;

    @Mixin
    ProgressOption progressOption;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "Field separator: ',' (default), ';', '|' or tab (write tab or \\t).")
    Delimiter delimiter = Delimiter.COMMA;

    @Option(names = "--key", paramLabel = "COLUMN",
            description = "Column holding each profile's key; importing again updates profiles by key."
                    + " Without it, each row's number is its key.")
    String key;

    ImportCsvCommand(Output output, String actor) {
        this.output = output;
        this.actor = actor;
    }

    record AddedAttribute(String name, String type) {
    }

    /** @param inferredTypes attribute → the type its values fit, which an existing attribute may not have */
    record Report(long importId, String file, long rowsRead, long imported, long rejected,
                  List<AddedAttribute> attributesAdded, Map<String, String> inferredTypes, long durationMs) {
    }

    @Override
    public Integer call() {
        CsvImportResult result;
        String workspaceName;
        try (Interruption interruption = Interruption.listen();
             Workspace workspace = Workspace.open(common.workspace);
             ConsoleProgress progress = output.progress(progressOption.progress, interruption)) {
            workspaceName = workspace.name();
            result = new CsvImporter(workspace, actor).run(new CsvImportOptions(file, delimiter, key, null), progress);
        }
        Report report = report(result);
        if (common.json) {
            output.json(report);
        } else {
            printText(report, workspaceName);
        }
        return Cli.OK;
    }

    private Report report(CsvImportResult result) {
        Map<String, String> inferred = new LinkedHashMap<>();
        result.inferredTypes().forEach((name, type) -> inferred.put(name, type.label()));
        List<AddedAttribute> added = result.attributesAdded().stream()
                .map((Attribute a) -> new AddedAttribute(a.name(), a.type().label())).toList();
        return new Report(result.importId(), file.toAbsolutePath().normalize().toString(), result.rowsRead(),
                result.imported(), result.rejected(), added, inferred, result.duration().toMillis());
    }

    private void printText(Report report, String workspaceName) {
        output.line(String.format(Locale.ROOT, "Imported %,d of %,d rows from %s into %s (import %d, %.1f s).",
                report.imported(), report.rowsRead(), file.getFileName(), workspaceName, report.importId(),
                report.durationMs() / 1000.0));
        if (report.attributesAdded().isEmpty()) {
            output.line("No new attributes: every column was already in the catalog.");
        } else {
            output.line("Added " + Output.count(report.attributesAdded().size(), "attribute") + ":");
            int width = report.attributesAdded().stream().mapToInt(a -> a.name().length()).max().orElse(0);
            report.attributesAdded().forEach(a -> output.line("  " + a.name() + " ".repeat(width - a.name().length())
                    + "  " + a.type()));
        }
        if (report.rejected() == 0) {
            output.line("No rows were rejected.");
        } else {
            output.line("Rejected " + Output.count(report.rejected(), "row") + "; see which and why with:");
            output.line("  segment-studio import rejections -w " + common.workspace + " --id " + report.importId());
        }
    }
}
