package io.segmentstudio.app.cli;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.format.RuleFormats;
import io.segmentstudio.engine.format.SchemaGuess;
import io.segmentstudio.engine.sql.SqlCompiler;
import io.segmentstudio.workspace.ComputedAttributes;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segment sql}: the SQL a rule compiles to, with its parameters, for any dialect. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Print the SQL a rule compiles to for a dialect, with its parameters.")
final class SegmentSqlCommand implements Callable<Integer> {
    private final Output output;

    @Option(names = {"-w", "--workspace"}, paramLabel = "PATH",
            description = "Workspace whose catalog types the attributes (without it, types are guessed from the rule).")
    Path workspace;

    @Option(names = "--json", description = "Print {\"sql\": …, \"params\": […]} as JSON.")
    boolean json;

    @Mixin
    RuleOptions rule;

    @Option(names = "--dialect", required = true, paramLabel = "DIALECT",
            description = "h2, postgresql, duckdb, snowflake or bigquery.")
    String dialect;

    @Option(names = "--computed-as-sql", description = "Write the workspace's computed attributes as expressions over"
            + " the event table (for a warehouse without their columns) instead of reading their stored columns.")
    boolean computedAsSql;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Workspace time zone for calendar days when no workspace is given (default: UTC).")
    ZoneId timeZone;

    SegmentSqlCommand(Output output) {
        this.output = output;
    }

    record Result(String dialect, String sql, List<Object> params) {
    }

    @Override
    public Integer call() {
        Dialect target = Dialect.fromKey(dialect).orElseThrow(() -> new IllegalArgumentException("unknown dialect '"
                + dialect + "'; use h2, postgresql, duckdb, snowflake or bigquery"));
        SqlFragment sql;
        if (workspace != null) {
            try (Workspace open = Workspace.open(workspace)) {
                SegmentRunner runner = new SegmentRunner(open);
                RuleSchema schema = open.ruleSchema();
                Condition condition = rule.rule(runner, schema, output);
                Condition expanded = new ReferenceExpander(open.segments().resolver(schema)).expand(condition);
                SqlCompiler compiler = computedAsSql ? new SqlCompiler().withComputedExpressions(open.computed().list()
                        .stream().map(ComputedAttributes.Defined::attribute).toList()) : new SqlCompiler();
                sql = compiler.selectMembers(expanded, schema, new AsOf(rule.asOfOrNow(), open.timeZone()), target);
            }
        } else {
            if (rule.source.file == null) {
                throw new IllegalArgumentException("--segment needs a workspace (-w)");
            }
            if (computedAsSql) {
                throw new IllegalArgumentException("--computed-as-sql needs a workspace (-w): it holds the definitions"
                        + " of the computed attributes");
            }
            if (RuleFormats.readingNeedsCatalog(rule.format)) {
                throw new IllegalArgumentException("--format " + rule.format.id() + " needs a workspace (-w): its"
                        + " catalog types the attributes the rule names");
            }
            RuleSchema schema = SchemaGuess.from(rule.fileText());
            output.note("Note: no workspace given, attribute types were guessed from the rule.");
            Condition expanded = new ReferenceExpander(SegmentResolver.NONE).expand(rule.readFile(schema, output));
            sql = new SqlCompiler().selectMembers(expanded, schema,
                    new AsOf(rule.asOfOrNow(), timeZone == null ? ZoneId.of("UTC") : timeZone), target);
        }
        if (json) {
            output.json(new Result(target.key(), sql.sql(), sql.params().stream().map(p -> (Object) p.toString()).toList()));
        } else {
            output.line(sql.sql() + ";");
            output.line("-- parameters:");
            for (int i = 0; i < sql.params().size(); i++) {
                Object param = sql.params().get(i);
                output.line("--   " + (i + 1) + ": " + param + " (" + param.getClass().getSimpleName() + ")");
            }
        }
        return Cli.OK;
    }
}
