package io.segmentstudio.app.cli;

import io.segmentstudio.workspace.ComputedAttributes;
import io.segmentstudio.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code computed list}: the computed attributes and when they were computed. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the computed attributes.")
final class ComputedListCommand implements Callable<Integer> {
    private final Output output;

    @Mixin
    CommonOptions common;

    ComputedListCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        List<ComputedAttributes.Defined> defined;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            defined = workspace.computed().list();
        }
        if (common.json) {
            output.json(defined);
        } else {
            defined.forEach(d -> output.line(d.attribute().name() + "\t" + d.attribute().kind().key() + " "
                    + d.attribute().eventType() + (d.attribute().property() == null ? "" : "." + d.attribute().property())
                    + "\tas of " + d.computedAsOf()));
        }
        return Cli.OK;
    }
}
