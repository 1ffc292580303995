package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.engine.format.RuleReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * Reads a SQL {@code WHERE} clause over catalog attributes into a condition tree, with JSqlParser's
 * grammar: comparisons, IN / NOT IN, BETWEEN, LIKE / NOT LIKE / ILIKE with leading or trailing %,
 * IS [NOT] NULL, AND/OR/NOT and parentheses, string, number and date literals. The tree selects the rows
 * for which the clause is TRUE (see {@link SqlLogic} for how SQL's NULLs are kept). Anything else —
 * functions, subqueries, joins, column-to-column comparisons, inner wildcards, unknown columns — is a
 * RuleFormatException whose path is {@code offset N} (0-based) and whose message quotes the fragment.
 * The optional leading {@code WHERE} keyword is skipped; ids are {@code n1, n2, …} in reading order.
 */
public final class SqlWhereReader implements RuleReader {
    private static final Pattern LEADING_WHERE = Pattern.compile("(?is)^\\s*WHERE\\b");
    private static final Pattern PARSER_POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    public SqlWhereReader() {
        // Stateless: each read has its own ids and warnings.
    }

    @Override
    public ImportedRule read(String text, RuleSchema schema) {
        Matcher where = LEADING_WHERE.matcher(text);
        String clause = where.find() ? " ".repeat(where.end()) + text.substring(where.end()) : text;
        if (clause.isBlank()) {
            throw new RuleFormatException(SqlSource.path(0), "empty WHERE clause");
        }
        String protectedClause = SqlSource.protect(clause);
        Expression expression = parse(protectedClause);
        SqlSource source = new SqlSource(protectedClause);
        List<FormatWarning> warnings = new ArrayList<>();
        int[] next = {0};
        Supplier<String> ids = () -> "n" + ++next[0];
        if (SqlLogic.unwrap(expression) instanceof BooleanValue value && value.getValue()) {
            // TRUE: what Segment Studio writes for a rule with nothing to test, which matches everyone.
            return new ImportedRule(Group.and(ids.get(), List.of()), warnings);
        }
        SqlColumns columns = new SqlColumns(schema, source);
        SqlLogic logic = new SqlLogic(source, new SqlLeaves(source, columns, ids, warnings), ids, warnings);
        Condition rule = logic.read(expression, true);
        return new ImportedRule(rule, warnings);
    }

    private static Expression parse(String clause) {
        try {
            return CCJSqlParserUtil.parseCondExpression(clause, false);
        } catch (JSQLParserException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            Matcher at = PARSER_POSITION.matcher(message);
            int offset = at.find() ? offset(clause, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2))) : -1;
            String near = offset >= 0 ? " near `" + clause.substring(offset, Math.min(clause.length(), offset + 20))
                    .strip() + "`" : "";
            throw new RuleFormatException(SqlSource.path(offset), SqlSource.restore("not a SQL condition" + near + ": "
                    + message.lines().findFirst().orElse("")));
        }
    }

    /** The parser counts lines and columns from 1. */
    private static int offset(String text, int line, int column) {
        int offset = 0;
        for (int i = 1; i < line && offset >= 0; i++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        int at = offset + column - 1;
        return at >= 0 && at <= text.length() ? Math.min(at, Math.max(0, text.length() - 1)) : -1;
    }
}
