package io.segmentstudio.engine;

import java.util.Locale;
import java.util.Optional;

/** SQL dialects the compiler writes. The first three run in tests; Snowflake and BigQuery are golden files. */
public enum Dialect {
    H2, POSTGRESQL, DUCKDB, SNOWFLAKE, BIGQUERY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dialect> fromKey(String key) {
        for (Dialect dialect : values()) {
            if (dialect.key().equalsIgnoreCase(key.trim())) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }
}
