package io.segmentstudio.app.cli;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.TestProfile;
import io.segmentstudio.engine.format.ProfileJson;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segment test-add}: saves a test profile, written in a JSON file or frozen from the workspace. */
@Command(name = "test-add", mixinStandardHelpOptions = true,
        description = "Save a test profile for a segment: from a JSON file, or a frozen copy of a workspace profile.")
final class SegmentTestAddCommand implements Callable<Integer> {
    /** What the segment must say about the profile. */
    enum Expectation { member, not_member }

    private final Output output;
    private final Supplier<String> settingsUser;

    @Mixin
    CommonOptions common;

    @Mixin
    UserOption user;

    @Mixin
    SegmentOption segment;

    @Option(names = "--name", required = true, paramLabel = "TEST", description = "The test's name.")
    String name;

    @ArgGroup(multiplicity = "1")
    Source source;

    @Option(names = "--expect", required = true, paramLabel = "OUTCOME",
            description = "member or not_member.")
    Expectation expect;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT",
            description = "Always evaluate this test as of this instant, so relative dates do not drift"
                    + " (default: as of each run).")
    Instant asOf;

    /** Exactly one of a file and a workspace profile. */
    static final class Source {
        @Option(names = "--profile", paramLabel = "FILE",
                description = "A profile as JSON: {\"key\", \"values\": {…}, \"events\": [{\"type\", \"at\", \"properties\"}]}.")
        Path file;

        @Option(names = "--freeze", paramLabel = "KEY", description = "Copy the workspace profile with this key.")
        String key;
    }

    SegmentTestAddCommand(Output output, Supplier<String> settingsUser) {
        this.output = output;
        this.settingsUser = settingsUser;
    }

    @Override
    public Integer call() {
        TestProfile test;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            String actor = user.resolve(settingsUser);
            boolean member = expect == Expectation.member;
            if (source.key != null) {
                test = workspace.testProfiles().freeze(segment.name, name, source.key, member, asOf, actor);
            } else {
                Profile profile = new ProfileJson().read(RuleOptions.read(source.file), workspace.ruleSchema(),
                        ProfileJson.Names.STRICT);
                test = workspace.testProfiles().add(segment.name, name, profile, member, asOf, actor);
            }
        }
        if (common.json) {
            output.json(new Saved(test.segment(), test.name(), test.profile().key(), test.expected(),
                    test.origin().name(), test.asOf()));
        } else {
            output.line("Saved test '" + test.name() + "' of " + test.segment() + ": profile " + test.profile().key()
                    + " is expected to be " + test.expected() + ".");
        }
        return Cli.OK;
    }

    record Saved(String segment, String test, String profile, String expected, String origin, Instant asOf) {
    }
}
