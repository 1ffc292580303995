package io.segmentstudio.app.cli;

import picocli.CommandLine.Command;

/** {@code events ingest}: a file of events in batches, then a summary. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Write events from JSON lines to a workspace in batches (one transaction each, with the"
                + " membership changes they cause and their history), then print a summary. Lines that do not fit"
                + " are kept with their reason (`import rejections`)."})
final class EventsIngestCommand extends EventFeedCommand {
    EventsIngestCommand(Output output) {
        super(output, false);
    }
}
