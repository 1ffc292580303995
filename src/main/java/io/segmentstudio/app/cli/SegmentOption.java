package io.segmentstudio.app.cli;

import picocli.CommandLine.Option;

/** The stored segment a catalog command works on. */
final class SegmentOption {
    @Option(names = "--segment", required = true, paramLabel = "NAME", description = "The segment.")
    String name;
}
