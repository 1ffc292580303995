package io.segmentstudio.engine.sql;

import io.segmentstudio.engine.SqlFragment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link SqlFragment}s from pieces so that text and parameters always stay in step: a value can
 * only enter as a {@code ?} with its parameter, never as text.
 */
final class Sql {
    private static final String HOLE = "{}";

    private Sql() {
    }

    /** Fixed SQL text written by the compiler itself (keywords, quoted catalog identifiers). */
    static SqlFragment text(String sql) {
        return new SqlFragment(sql, List.of());
    }

    /**
     * A {@code ?} with its value. A BigDecimal with a negative scale (1E+2) is given as the same number
     * with scale 0: DuckDB's driver refuses negative scales, and no database needs them.
     */
    static SqlFragment param(Object value) {
        Object bound = value instanceof BigDecimal decimal && decimal.scale() < 0 ? decimal.setScale(0) : value;
        return new SqlFragment("?", List.of(bound));
    }

    /** Fills each {@code {}} of the template with the next part, text and parameters in order. */
    static SqlFragment format(String template, SqlFragment... parts) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        int from = 0;
        for (SqlFragment part : parts) {
            int hole = template.indexOf(HOLE, from);
            if (hole < 0) {
                throw new IllegalArgumentException("more parts than holes in: " + template);
            }
            sql.append(template, from, hole).append(part.sql());
            params.addAll(part.params());
            from = hole + HOLE.length();
        }
        if (template.indexOf(HOLE, from) >= 0) {
            throw new IllegalArgumentException("more holes than parts in: " + template);
        }
        sql.append(template, from, template.length());
        return new SqlFragment(sql.toString(), params);
    }

    static SqlFragment join(List<SqlFragment> parts, String separator) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            sql.append(parts.get(i).sql());
            params.addAll(parts.get(i).params());
        }
        return new SqlFragment(sql.toString(), params);
    }
}
