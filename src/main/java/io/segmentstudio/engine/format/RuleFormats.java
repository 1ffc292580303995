package io.segmentstudio.engine.format;

import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.format.jsonlogic.JsonLogicReader;
import io.segmentstudio.engine.format.jsonlogic.JsonLogicWriter;
import io.segmentstudio.engine.format.rqb.RqbReader;
import io.segmentstudio.engine.format.rqb.RqbWriter;
import io.segmentstudio.engine.format.sql.SqlWhereReader;
import io.segmentstudio.engine.format.sql.SqlWhereWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that gives the reader and the writer of a {@link RuleFormat}, for the CLI and the UI's
 * import and export dialogs alike. The native format is {@link NativeRuleJson} behind the same
 * interfaces (no warnings: it carries every tree exactly).
 *
 * <p>Reading JsonLogic, react-querybuilder JSON and SQL needs the workspace's catalog: their values are
 * typed by it and unknown attributes are refused ({@link #readingNeedsCatalog}). Writers take what they
 * need from a {@link WriteContext}: SQL needs the schema, a dialect and an as-of instant; JsonLogic uses
 * the schema when known (timestamps refused, dates told from strings) and otherwise warns.
 */
public final class RuleFormats {
    private RuleFormats() {
    }

    /** What a writer may need besides the tree; absent parts are refused by the writers that need them. */
    public record WriteContext(Optional<RuleSchema> schema, Optional<Dialect> dialect, Optional<AsOf> asOf) {
        public WriteContext {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(dialect, "dialect");
            Objects.requireNonNull(asOf, "asOf");
        }

        /** Nothing known: enough for native, rqb and (with warnings on dates) JsonLogic. */
        public static WriteContext none() {
            return new WriteContext(Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** With the workspace's catalog; use it whenever a workspace is at hand. */
        public static WriteContext of(RuleSchema schema) {
            return none().withSchema(schema);
        }

        public WriteContext withSchema(RuleSchema value) {
            return new WriteContext(Optional.of(value), dialect, asOf);
        }

        public WriteContext withDialect(Dialect value) {
            return new WriteContext(schema, Optional.of(value), asOf);
        }

        public WriteContext withAsOf(AsOf value) {
            return new WriteContext(schema, dialect, Optional.of(value));
        }
    }

    /** The reader of a format; read with the workspace's schema (see {@link #readingNeedsCatalog}). */
    public static RuleReader reader(RuleFormat format) {
        return switch (format) {
            case NATIVE -> (text, schema) -> new ImportedRule(new NativeRuleJson().readRule(text, schema), List.of());
            case JSONLOGIC -> new JsonLogicReader();
            case RQB -> new RqbReader();
            case SQL -> new SqlWhereReader();
        };
    }

    /**
     * Whether reading the format refuses attributes the schema does not know, so that it needs a
     * workspace's catalog. The native format keeps unknown attributes (the validator reports them) and
     * types values by their JSON form, so it can be read without one ({@link SchemaGuess}).
     */
    public static boolean readingNeedsCatalog(RuleFormat format) {
        return format != RuleFormat.NATIVE;
    }

    /**
     * The writer of a format. Segment references must be expanded before writing any format but the
     * native one (the writers refuse them with the node id).
     *
     * @throws IllegalArgumentException when the format needs something the context lacks (SQL: the
     *                                  schema, a dialect and an as-of instant)
     */
    public static RuleWriter writer(RuleFormat format, WriteContext context) {
        return switch (format) {
            case NATIVE -> rule -> new ExportedRule(new NativeRuleJson().write(SegmentDefinition.of(rule)), List.of());
            case JSONLOGIC -> context.schema().map(JsonLogicWriter::new).orElseGet(JsonLogicWriter::new);
            case RQB -> new RqbWriter();
            case SQL -> new SqlWhereWriter(
                    required(context.dialect(), "a SQL dialect (h2, postgresql, duckdb, snowflake or bigquery)"),
                    required(context.schema(), "the attribute types (a workspace's catalog)"),
                    required(context.asOf(), "an as-of instant and time zone for relative dates"));
        };
    }

    private static <T> T required(Optional<T> value, String what) {
        return value.orElseThrow(() -> new IllegalArgumentException("writing SQL needs " + what));
    }
}
