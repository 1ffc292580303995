package io.segmentstudio.engine;

import java.util.List;
import java.util.Objects;

/**
 * SQL text with positional {@code ?} parameters. Values never appear in the text; identifiers come only
 * from the attribute catalog, quoted for the dialect.
 *
 * @param params String, Long, BigDecimal, Boolean, LocalDate or OffsetDateTime (UTC) values
 */
public record SqlFragment(String sql, List<Object> params) {
    public SqlFragment {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }
}
