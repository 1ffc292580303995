package io.segmentstudio.app.cli;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.workspace.SegmentRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which rule a segment command works on (a rule file or a stored segment) and as of when. */
final class RuleOptions {
    @ArgGroup(multiplicity = "1")
    Source source;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT",
            description = "Evaluate as of this instant, e.g. 2026-11-01T12:00:00Z (default: now).")
    Instant asOf;

    /** Exactly one of a rule file and a segment name. */
    static final class Source {
        @Option(names = "--rule", paramLabel = "FILE", description = "Rule file in the native JSON format.")
        Path file;

        @Option(names = "--segment", paramLabel = "NAME", description = "A segment of the workspace (current version).")
        String segment;
    }

    Instant asOfOrNow() {
        return asOf == null ? Instant.now() : asOf;
    }

    /** Reads and validates the rule; invalid rules stop here with every problem named. */
    Condition rule(SegmentRunner runner, RuleSchema schema) {
        Condition rule = source.segment != null ? runner.segmentRule(source.segment) : readFile(schema);
        List<RuleProblem> problems = runner.validate(rule);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the rule is not valid:" + problems.stream()
                    .map(problem -> "\n  " + problem).collect(Collectors.joining()));
        }
        return rule;
    }

    Condition readFile(RuleSchema schema) {
        try {
            return new NativeRuleJson().readRule(Files.readString(source.file, StandardCharsets.UTF_8), schema);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("rule file not found: " + source.file.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read rule file " + source.file.toAbsolutePath() + ": "
                    + e.getMessage());
        }
    }
}
