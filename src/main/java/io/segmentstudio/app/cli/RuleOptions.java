package io.segmentstudio.app.cli;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormat;
import io.segmentstudio.engine.format.RuleFormats;
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

/** Which rule a segment command works on (a rule file in some format or a stored segment) and as of when. */
final class RuleOptions {
    @ArgGroup(multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "native",
            description = "Format of the --rule file: native (default), jsonlogic, rqb (react-querybuilder JSON)"
                    + " or sql (a WHERE clause). Conversion warnings go to stderr.")
    RuleFormat format;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT",
            description = "Evaluate as of this instant, e.g. 2026-11-01T12:00:00Z (default: now).")
    Instant asOf;

    /** Exactly one of a rule file and a segment name. */
    static final class Source {
        @Option(names = "--rule", paramLabel = "FILE", description = "Rule file (native JSON unless --format says).")
        Path file;

        @Option(names = "--segment", paramLabel = "NAME", description = "A segment of the workspace (current version).")
        String segment;
    }

    Instant asOfOrNow() {
        return asOf == null ? Instant.now() : asOf;
    }

    /** Reads and validates the rule; invalid rules stop here with every problem named. */
    Condition rule(SegmentRunner runner, RuleSchema schema, Output output) {
        Condition rule;
        if (source.segment != null) {
            if (format != RuleFormat.NATIVE) {
                throw new IllegalArgumentException("--format applies to a --rule file; a --segment is stored in the"
                        + " workspace");
            }
            rule = runner.segmentRule(source.segment);
        } else {
            rule = readFile(schema, output);
        }
        return valid(runner, rule);
    }

    /** The rule, if it is valid against the workspace; otherwise a user error naming every problem. */
    static Condition valid(SegmentRunner runner, Condition rule) {
        List<RuleProblem> problems = runner.validate(rule);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the rule is not valid:" + problems.stream()
                    .map(problem -> "\n  " + problem).collect(Collectors.joining()));
        }
        return rule;
    }

    /** Reads the rule file in its format, typed by the schema; the conversion's warnings go to stderr. */
    Condition readFile(RuleSchema schema, Output output) {
        ImportedRule imported = RuleFormats.reader(format).read(fileText(), schema);
        output.warnings(imported.warnings());
        return imported.rule();
    }

    String fileText() {
        return read(source.file);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("rule file not found: " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read rule file " + file.toAbsolutePath() + ": "
                    + e.getMessage());
        }
    }
}
