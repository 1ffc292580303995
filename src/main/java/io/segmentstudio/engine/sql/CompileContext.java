package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.CalendarRanges;
import io.segmentstudio.engine.SqlFragment;
import java.util.Map;
import java.util.Optional;

/**
 * What every writer needs for one compilation: the dialect, the names, the schema, the as-of instant
 * and the computed attributes to write as expressions over the events (empty: read their columns).
 */
record CompileContext(DialectSyntax syntax, SqlNames names, RuleSchema schema, AsOf asOf, CalendarRanges calendar,
                      Map<String, ComputedAttribute> computed) {
    CompileContext(DialectSyntax syntax, SqlNames names, RuleSchema schema, AsOf asOf,
                   Map<String, ComputedAttribute> computed) {
        this(syntax, names, schema, asOf, new CalendarRanges(asOf), computed);
    }

    /** A column of a table alias, quoted for the dialect: {@code p."a_country"}. */
    SqlFragment column(String alias, String column) {
        return Sql.text(alias + "." + syntax.quote(column));
    }

    /** The definition, when this attribute is to be written as an expression. */
    Optional<ComputedAttribute> computed(String attribute) {
        return Optional.ofNullable(computed.get(attribute));
    }
}
