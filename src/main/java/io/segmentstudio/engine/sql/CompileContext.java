package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.CalendarRanges;
import io.segmentstudio.engine.SqlFragment;

/** What every writer needs for one compilation: the dialect, the names, the schema and the as-of instant. */
record CompileContext(DialectSyntax syntax, SqlNames names, RuleSchema schema, AsOf asOf, CalendarRanges calendar) {
    CompileContext(DialectSyntax syntax, SqlNames names, RuleSchema schema, AsOf asOf) {
        this(syntax, names, schema, asOf, new CalendarRanges(asOf));
    }

    /** A column of a table alias, quoted for the dialect: {@code p."a_country"}. */
    SqlFragment column(String alias, String column) {
        return Sql.text(alias + "." + syntax.quote(column));
    }
}
