package io.segmentstudio.workspace;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Key/value facts about the workspace itself (format marker, time zone). */
final class WorkspaceMeta {
    private final Jdbi jdbi;

    WorkspaceMeta(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<String> get(String key) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT meta_value FROM workspace_meta WHERE meta_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne());
    }

    void put(String key, String value) {
        jdbi.useHandle(handle -> handle
                .createUpdate("MERGE INTO workspace_meta (meta_key, meta_value) KEY (meta_key) VALUES (:key, :value)")
                .bind("key", key)
                .bind("value", value)
                .execute());
    }
}
