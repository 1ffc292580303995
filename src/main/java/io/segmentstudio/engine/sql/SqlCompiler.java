package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;

/**
 * Compiles a rule to SQL for one dialect, with exactly the meaning semantics.md gives it: two-valued
 * logic, exact complements, literal string matching, exact numbers and calendar days in the workspace
 * zone as of an explicit instant. Values are always {@code ?} parameters; identifiers come only from
 * {@link SqlNames}.
 *
 * <p>Callers expand segment references first ({@link io.segmentstudio.engine.ReferenceExpander}),
 * which also drops disabled nodes; a reference or disabled node reaching the compiler is an error.
 */
public final class SqlCompiler {
    private final SqlNames names;

    /** A compiler over the workspace tables. */
    public SqlCompiler() {
        this(SqlNames.workspace());
    }

    public SqlCompiler(SqlNames names) {
        this.names = names;
    }

    /**
     * A boolean expression over the profile table alias {@code p}, self-contained (safe to combine
     * with AND). An empty rule is {@code TRUE}: it matches every profile.
     *
     * @throws RuleException naming the node that cannot be compiled
     */
    public SqlFragment where(Condition expandedRule, RuleSchema schema, AsOf asOf, Dialect dialect) {
        return new ConditionSql(new CompileContext(DialectSyntax.of(dialect), names, schema, asOf)).write(expandedRule);
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
