package io.segmentstudio.app.cli;

import io.segmentstudio.domain.LifecycleAction;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.workspace.SegmentWorkflow;
import io.segmentstudio.workspace.Workspace;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code segment submit | withdraw | approve | reject | archive | unarchive}: one lifecycle action on a
 * segment's current version. One class for all of them, named per action by {@link #command}: they differ
 * only in the workflow method they call. Prints the version with its new status; a refusal is a user error
 * that names the segment, version, status and why.
 */
@Command(mixinStandardHelpOptions = true)
final class LifecycleCommand implements Callable<Integer> {
    private final LifecycleAction action;
    private final Output output;
    private final Supplier<String> settingsUser;

    @Mixin
    CommonOptions common;

    @Mixin
    UserOption user;

    @Mixin
    SegmentOption segment;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why; approve and reject need one.")
    String comment;

    private LifecycleCommand(LifecycleAction action, Output output, Supplier<String> settingsUser) {
        this.action = action;
        this.output = output;
        this.settingsUser = settingsUser;
    }

    /** The command for one action, with its name and description. */
    static CommandLine command(LifecycleAction action, Output output, Supplier<String> settingsUser) {
        CommandLine command = new CommandLine(new LifecycleCommand(action, output, settingsUser));
        command.getCommandSpec().name(action.key()).usageMessage().description(description(action));
        return command;
    }

    private static String description(LifecycleAction action) {
        return switch (action) {
            case SUBMIT -> "Submit the segment's current draft for review (its rule must be valid).";
            case WITHDRAW -> "Take the version in review back to draft, unchanged.";
            case APPROVE -> "Approve the version in review; needs --comment, and nobody approves a version they wrote.";
            case REJECT -> "Reject the version in review back to draft; needs --comment saying why.";
            case ARCHIVE -> "Archive the segment; refused while other segments reference it (they are named).";
            case UNARCHIVE -> "Bring an archived segment back as a draft.";
            case EDIT, PUBLISH -> throw new IllegalArgumentException(action + " is not a command of its own");
        };
    }

    private SegmentVersion apply(SegmentWorkflow workflow, String actor) {
        return switch (action) {
            case SUBMIT -> workflow.submit(segment.name, actor, comment);
            case WITHDRAW -> workflow.withdraw(segment.name, actor, comment);
            case APPROVE -> workflow.approve(segment.name, actor, comment);
            case REJECT -> workflow.reject(segment.name, actor, comment);
            case ARCHIVE -> workflow.archive(segment.name, actor, comment);
            case UNARCHIVE -> workflow.unarchive(segment.name, actor, comment);
            case EDIT, PUBLISH -> throw new IllegalStateException(action + " is not a command of its own");
        };
    }

    @Override
    public Integer call() {
        SegmentVersion version;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            version = apply(workspace.workflow(), user.resolve(settingsUser));
        }
        if (common.json) {
            output.json(version);
        } else {
            output.line(version.segment() + " version " + version.version() + ": " + version.status().label());
        }
        return Cli.OK;
    }
}
