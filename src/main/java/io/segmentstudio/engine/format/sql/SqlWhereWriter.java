package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.engine.format.RuleWriter;
import io.segmentstudio.engine.sql.SqlCompiler;
import io.segmentstudio.engine.sql.SqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule as a readable WHERE clause of one dialect: exactly the SQL compiler's expression (the same
 * semantics, relative dates fixed as of the given instant), with each parameter written in place as a
 * quoted and escaped literal ({@link SqlLiteralText}). This text is for people to read and review;
 * Segment Studio never executes it — it always runs the parameterised {@link SqlFragment}.
 * Disabled nodes are left out with a warning; segment references must be expanded before (the format
 * has none) and are refused with the node's id, as is whatever the compiler cannot write.
 */
public final class SqlWhereWriter implements RuleWriter {
    private final Dialect dialect;
    private final RuleSchema schema;
    private final AsOf asOf;
    private final SqlCompiler compiler;

    public SqlWhereWriter(Dialect dialect, RuleSchema schema, AsOf asOf) {
        this(dialect, schema, asOf, SqlNames.workspace());
    }

    public SqlWhereWriter(Dialect dialect, RuleSchema schema, AsOf asOf, SqlNames names) {
        this.dialect = dialect;
        this.schema = schema;
        this.asOf = asOf;
        this.compiler = new SqlCompiler(names);
    }

    @Override
    public ExportedRule write(Condition rule) {
        List<FormatWarning> warnings = new ArrayList<>();
        disabled(rule, warnings);
        try {
            Condition expanded = new ReferenceExpander(SegmentResolver.NONE).expand(rule);
            SqlFragment where = compiler.where(expanded, schema, asOf, dialect);
            return new ExportedRule(inline(where), warnings);
        } catch (RuleException e) {
            throw new RuleFormatException(e.nodeId(), e.getMessage());
        }
    }

    private static void disabled(Condition condition, List<FormatWarning> warnings) {
        if (condition.disabled()) {
            warnings.add(new FormatWarning(condition.id(), "disabled: left out of the SQL"));
        } else if (condition instanceof Group group) {
            group.children().forEach(child -> disabled(child, warnings));
        }
    }

    /** Each {@code ?} outside a quoted string or identifier, in order, becomes its parameter's literal. */
    private String inline(SqlFragment fragment) {
        String sql = fragment.sql();
        StringBuilder out = new StringBuilder();
        int parameter = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                out.append(c);
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else if (c == '?') {
                out.append(SqlLiteralText.of(fragment.params().get(parameter++), dialect));
            } else {
                out.append(c);
            }
        }
        if (parameter != fragment.params().size()) {
            throw new IllegalStateException("the SQL has " + parameter + " placeholders for " + fragment.params().size()
                    + " parameters");
        }
        return out.toString();
    }
}
