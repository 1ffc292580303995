package io.segmentstudio.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormat;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.engine.format.RuleFormats;
import io.segmentstudio.engine.format.RuleFormats.WriteContext;
import io.segmentstudio.engine.format.SchemaGuess;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segment convert}: a rule file from one format to another (native, jsonlogic, rqb, sql). The
 * converted rule goes to stdout, each conversion warning to stderr. Reading a foreign format needs a
 * workspace's catalog (its attributes and types); a native rule can be converted without one, its types
 * guessed as {@code segment sql} does.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a rule file between native, jsonlogic, rqb and sql; warnings go to stderr.")
final class SegmentConvertCommand implements Callable<Integer> {
    private final Output output;

    @Option(names = {"-w", "--workspace"}, paramLabel = "PATH",
            description = "Workspace whose catalog types the attributes; needed to read jsonlogic, rqb or sql,"
                    + " and to expand segment references.")
    Path workspace;

    @Option(names = "--json", description = "Print {\"from\", \"to\", \"rule\"} as JSON (the rule as JSON for"
            + " native, jsonlogic and rqb, as a string for sql).")
    boolean json;

    @Option(names = "--rule", required = true, paramLabel = "FILE", description = "The rule file to convert.")
    Path file;

    @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "native",
            description = "Format of the file: native (default), jsonlogic, rqb or sql.")
    RuleFormat from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Format to write: native, jsonlogic, rqb or sql.")
    RuleFormat to;

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "SQL dialect for --to sql: h2, postgresql, duckdb, snowflake or bigquery.")
    String dialect;

    @Option(names = "--as-of", paramLabel = "ISO-INSTANT",
            description = "Instant that fixes relative dates in --to sql, e.g. 2026-11-01T12:00:00Z (default: now).")
    Instant asOf;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Time zone for calendar days in --to sql when no workspace is given (default: UTC).")
    ZoneId timeZone;

    SegmentConvertCommand(Output output) {
        this.output = output;
    }

    record Result(String from, String to, Object rule) {
    }

    @Override
    public Integer call() {
        Optional<Dialect> target = sqlDialect();
        Instant instant = asOf == null ? Instant.now() : asOf;
        String text = RuleOptions.read(file);
        ExportedRule exported;
        if (workspace != null) {
            try (Workspace open = Workspace.open(workspace)) {
                RuleSchema schema = open.ruleSchema();
                Condition rule = RuleOptions.valid(new SegmentRunner(open), read(text, schema));
                if (to != RuleFormat.NATIVE && hasReference(rule)) {
                    rule = new ReferenceExpander(open.segments().resolver(schema)).expand(rule);
                }
                WriteContext context = WriteContext.of(schema).withAsOf(new AsOf(instant, open.timeZone()));
                exported = RuleFormats.writer(to, target.map(context::withDialect).orElse(context)).write(rule);
            }
        } else {
            if (RuleFormats.readingNeedsCatalog(from)) {
                throw new IllegalArgumentException("reading " + from.id() + " needs a workspace (-w): its catalog"
                        + " gives the attributes and their types");
            }
            RuleSchema guessed = SchemaGuess.from(text);
            Condition rule = read(text, guessed);
            if (to != RuleFormat.NATIVE) {
                refuseReferences(rule);
            }
            WriteContext context = WriteContext.none();
            if (to == RuleFormat.SQL) {
                output.note("Note: no workspace given, attribute types were guessed from the rule.");
                context = context.withSchema(guessed).withDialect(target.orElseThrow())
                        .withAsOf(new AsOf(instant, timeZone == null ? ZoneId.of("UTC") : timeZone));
            }
            exported = RuleFormats.writer(to, context).write(rule);
        }
        output.warnings(exported.warnings());
        if (json) {
            output.json(new Result(from.id(), to.id(), to == RuleFormat.SQL ? exported.text() : tree(exported.text())));
        } else {
            output.line(exported.text().stripTrailing());
        }
        return Cli.OK;
    }

    private Optional<Dialect> sqlDialect() {
        if (to != RuleFormat.SQL) {
            if (dialect != null) {
                throw new IllegalArgumentException("--dialect applies to --to sql only");
            }
            return Optional.empty();
        }
        if (dialect == null) {
            throw new IllegalArgumentException("--to sql needs --dialect: h2, postgresql, duckdb, snowflake or bigquery");
        }
        return Optional.of(Dialect.fromKey(dialect).orElseThrow(() -> new IllegalArgumentException("unknown dialect '"
                + dialect + "'; use h2, postgresql, duckdb, snowflake or bigquery")));
    }

    private Condition read(String text, RuleSchema schema) {
        ImportedRule imported = RuleFormats.reader(from).read(text, schema);
        output.warnings(imported.warnings());
        return imported.rule();
    }

    private static boolean hasReference(Condition condition) {
        return condition instanceof SegmentRef
                || condition instanceof Group group && group.children().stream().anyMatch(SegmentConvertCommand::hasReference);
    }

    /** Without a workspace the referenced segments are unknown, and only the native format can keep a reference. */
    private static void refuseReferences(Condition condition) {
        if (condition instanceof SegmentRef ref && !ref.disabled()) {
            throw new RuleFormatException(ref.id(), "reference to segment '" + ref.segment() + "': give the workspace"
                    + " (-w) that holds it, so that its rule can be written in its place");
        } else if (condition instanceof Group group && !group.disabled()) {
            group.children().forEach(SegmentConvertCommand::refuseReferences);
        }
    }

    private static Object tree(String jsonText) {
        try {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(jsonText);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a writer produced invalid JSON: " + e.getMessage(), e);
        }
    }
}
