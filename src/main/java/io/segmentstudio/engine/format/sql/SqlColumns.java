package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.RuleSchema;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import net.sf.jsqlparser.schema.Column;

/**
 * Column references to catalog attributes: the attribute's own name ({@code country}) or its workspace
 * column ({@code a_country}, see SqlNames), quoted or not, optionally behind one table alias such as
 * the compiler's {@code p}. The attribute's own name wins where both would fit.
 */
final class SqlColumns {
    /** A column that names an attribute. */
    record Attribute(String name, AttributeType type) {
    }

    private final RuleSchema schema;
    private final SqlSource source;

    SqlColumns(RuleSchema schema, SqlSource source) {
        this.schema = schema;
        this.source = source;
    }

    Attribute resolve(Column column) {
        if (column.getTable() != null && column.getTable().getSchemaName() != null) {
            throw source.error(column, "only columns of the one profile table can be used (at most one alias)");
        }
        String quoted = column.getColumnName();
        boolean isQuoted = quoted.startsWith("\"") || quoted.startsWith("`") || quoted.startsWith("[");
        String name = isQuoted ? quoted.substring(1, quoted.length() - 1) : quoted.toLowerCase(Locale.ROOT);
        return find(name).or(() -> name.startsWith("a_") ? find(name.substring(2)) : Optional.empty())
                .orElseThrow(() -> source.error(column, "unknown column: not an attribute (or a_<attribute>) of the"
                        + " catalog; known: " + new TreeSet<>(schema.attributes().keySet())));
    }

    private Optional<Attribute> find(String name) {
        return schema.attributeType(name).map(type -> new Attribute(name, type));
    }
}
