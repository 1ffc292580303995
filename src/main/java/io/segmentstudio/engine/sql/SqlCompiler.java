package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles a rule to SQL for one dialect, with exactly the meaning semantics.md gives it: two-valued
 * logic, exact complements, literal string matching, exact numbers and calendar days in the workspace
 * zone as of an explicit instant. Values are always {@code ?} parameters; identifiers come only from
 * {@link SqlNames}.
 *
 * <p>Callers expand segment references first ({@link io.segmentstudio.engine.ReferenceExpander}),
 * which also drops disabled nodes; a reference or disabled node reaching the compiler is an error.
 *
 * <p>A computed attribute is read from its column, where the workspace stores it, unless the compiler
 * is made {@link #withComputedExpressions with its definition}: then it is written as an expression
 * over the event table, as of the rule's as-of instant — for a warehouse that has no such column.
 */
public final class SqlCompiler {
    private final SqlNames names;
    private final Map<String, ComputedAttribute> computed;

    /** A compiler over the workspace tables. */
    public SqlCompiler() {
        this(SqlNames.workspace());
    }

    public SqlCompiler(SqlNames names) {
        this(names, Map.of());
    }

    private SqlCompiler(SqlNames names, Map<String, ComputedAttribute> computed) {
        this.names = names;
        this.computed = computed;
    }

    /**
     * The same compiler, writing these computed attributes as expressions over the event table instead
     * of reading their columns (values and comparisons as {@link io.segmentstudio.engine.ComputedValues}
     * gives them; engine.md, "Computed attributes").
     */
    public SqlCompiler withComputedExpressions(Collection<ComputedAttribute> definitions) {
        Map<String, ComputedAttribute> byName = new LinkedHashMap<>();
        definitions.forEach(definition -> byName.put(definition.name(), definition));
        return new SqlCompiler(names, Map.copyOf(byName));
    }

    /**
     * The value of a computed attribute for profile {@code p}, as a scalar subquery over its events (an
     * average or a rate as the database divides, not rounded as stored).
     *
     * @throws RuleException when the dialect cannot express it
     */
    public SqlFragment computedValue(ComputedAttribute attribute, RuleSchema schema, AsOf asOf, Dialect dialect) {
        return new ComputedSql(context(schema, asOf, dialect)).value(attribute, "");
    }

    /**
     * A boolean expression over the profile table alias {@code p}, self-contained (safe to combine
     * with AND). An empty rule is {@code TRUE}: it matches every profile.
     *
     * @throws RuleException naming the node that cannot be compiled
     */
    public SqlFragment where(Condition expandedRule, RuleSchema schema, AsOf asOf, Dialect dialect) {
        return new ConditionSql(context(schema, asOf, dialect)).write(expandedRule);
    }

    private CompileContext context(RuleSchema schema, AsOf asOf, Dialect dialect) {
        return new CompileContext(DialectSyntax.of(dialect), names, schema, asOf, computed);
    }

    /** The members' profile keys, ordered by key so that results are deterministic. */
    public SqlFragment selectMembers(Condition expandedRule, RuleSchema schema, AsOf asOf, Dialect dialect) {
        DialectSyntax syntax = DialectSyntax.of(dialect);
        String key = SqlNames.PROFILE_ALIAS + "." + syntax.quote(names.profileKey());
        return Sql.format("SELECT " + key + "\n" + from(syntax) + "\nWHERE {}\nORDER BY " + key,
                where(expandedRule, schema, asOf, dialect));
    }

    /** How many profiles are members. */
    public SqlFragment count(Condition expandedRule, RuleSchema schema, AsOf asOf, Dialect dialect) {
        return Sql.format("SELECT COUNT(*)\n" + from(DialectSyntax.of(dialect)) + "\nWHERE {}",
                where(expandedRule, schema, asOf, dialect));
    }

    private String from(DialectSyntax syntax) {
        return "FROM " + syntax.quote(names.profileTable()) + " " + SqlNames.PROFILE_ALIAS;
    }
}
