package io.segmentstudio.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every workspace command takes. */
final class CommonOptions {
    @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "PATH",
            description = "Workspace file (the .mv.db suffix may be left out).")
    Path workspace;

    @Option(names = "--json", description = "Print the result as JSON on stdout, for scripts.")
    boolean json;
}
