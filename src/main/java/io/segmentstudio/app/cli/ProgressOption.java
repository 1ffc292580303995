package io.segmentstudio.app.cli;

import picocli.CommandLine.Option;

/** For long-running commands: show progress on stderr even when it is not a console. */
final class ProgressOption {
    @Option(names = "--progress", description = "Show progress on stderr even when it is not a terminal.")
    boolean progress;
}
