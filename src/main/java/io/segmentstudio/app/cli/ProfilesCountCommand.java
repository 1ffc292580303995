package io.segmentstudio.app.cli;

import io.segmentstudio.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code profiles count}: the number of profiles, bare, for scripts. */
@Command(name = "count", mixinStandardHelpOptions = true, description = "Print the number of profiles.")
final class ProfilesCountCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    ProfilesCountCommand(Output output) {
        this.output = output;
    }

    record Count(long count) {
    }

    @Override
    public Integer call() {
        long count;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            count = workspace.profiles().count();
        }
        if (common.json) {
            output.json(new Count(count));
        } else {
            output.line(Long.toString(count));
        }
        return Cli.OK;
    }
}
