package io.segmentstudio.app.cli;

import picocli.CommandLine.Command;

/** {@code events watch}: events committed one by one as they arrive, membership changes printed at once. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Read events from standard input (or --file) as they arrive, write each one, and print"
                + " every membership change it causes: '+ VIP C000042 (2026-11-01T10:00:00Z)' for an entry,"
                + " '- …' for an exit."})
final class EventsWatchCommand extends EventFeedCommand {
    EventsWatchCommand(Output output) {
        super(output, true);
    }
}
