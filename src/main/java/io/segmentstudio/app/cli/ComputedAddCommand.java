package io.segmentstudio.app.cli;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.workspace.Workspace;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code computed add}: defines a computed attribute and computes it for every profile. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Define an attribute computed from each profile's events and compute it now, e.g."
                + " --name days_since_purchase --kind days_since_last --event purchase, or --name aov --kind avg"
                + " --event purchase --property amount --last 365. It is then used in rules like any attribute."})
final class ComputedAddCommand implements Callable<Integer> {
    private final Output output;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The attribute's name.")
    String name;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "days_since_last, count, sum, avg, min, max, rate, first_value or last_value.")
    String kind;

    @Option(names = "--event", required = true, paramLabel = "TYPE", description = "The event type counted.")
    String event;

    @Option(names = "--property", paramLabel = "NAME", description = "The event property (numeric for sum, avg, min,"
            + " max; any single value for first_value, last_value).")
    String property;

    @Option(names = "--per", paramLabel = "TYPE", description = "For a rate: the event type it is relative to"
            + " (email_open per email_send).")
    String per;

    @Option(names = "--last", paramLabel = "N", description = "Only events of the last N units (default: all).")
    Long last;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "days", description = "days, weeks or months.")
    String unit;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT", description = "Compute as of this instant (default: now).")
    Instant asOf;

    ComputedAddCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        ComputedAttribute.Kind parsed = ComputedAttribute.Kind.fromKey(kind).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown --kind '" + kind + "'; known: " + Arrays.stream(ComputedAttribute.Kind.values())
                .map(ComputedAttribute.Kind::key).collect(Collectors.joining(", "))));
        TimeWindow window = TimeWindow.EVER;
        if (last != null) {
            try {
                window = new TimeWindow.Last(last, TimeUnit.valueOf(unit.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "unknown --unit '" + unit + "'; use days, weeks or months");
            }
        }
        ComputedAttribute attribute = new ComputedAttribute(name, parsed, event, property, window, per);
        String type;
        try (Workspace workspace = Workspace.open(common.workspace)) {
            workspace.computed().define(attribute, asOf == null ? Instant.now() : asOf, ProgressListener.NONE);
            type = workspace.ruleSchema().attributeType(name).map(t -> t.label()).orElse("?");
        }
        output.line("Added " + name + " (" + type + ")");
        return Cli.OK;
    }
}
