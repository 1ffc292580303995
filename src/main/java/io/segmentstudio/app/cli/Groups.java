package io.segmentstudio.app.cli;

import picocli.CommandLine.Command;

/** The command groups: parents that only hold subcommands (picocli reports a missing subcommand). */
final class Groups {
    private Groups() {
    }

    @Command(name = "workspace", mixinStandardHelpOptions = true, description = "Create and describe workspaces.")
    static final class WorkspaceGroup {
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Bring data into a workspace.")
    static final class ImportGroup {
    }

    @Command(name = "profiles", mixinStandardHelpOptions = true, description = "Look at the profiles of a workspace.")
    static final class ProfilesGroup {
    }

    @Command(name = "sample", mixinStandardHelpOptions = true, description = "Fill a workspace with demo data.")
    static final class SampleGroup {
    }

    @Command(name = "segment", mixinStandardHelpOptions = true,
            description = "Evaluate, explain, compile, convert and test segment rules; review, approve and archive"
                    + " segments; see their history and diffs.")
    static final class SegmentGroup {
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "See who changed what and when, and export it.")
    static final class AuditGroup {
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measure the engines on generated data, as the issue notes report them.")
    static final class BenchGroup {
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Feed events into a workspace and see who enters and leaves segments.")
    static final class EventsGroup {
    }

    @Command(name = "computed", mixinStandardHelpOptions = true,
            description = "Define and refresh attributes computed from events (recency, frequency, monetary value, rates).")
    static final class ComputedGroup {
    }
}
