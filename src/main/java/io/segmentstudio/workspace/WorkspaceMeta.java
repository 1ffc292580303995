package io.segmentstudio.workspace;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Key/value facts about the workspace itself (format marker, time zone, naming convention). */
final class WorkspaceMeta {
    private final Jdbi jdbi;

    WorkspaceMeta(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<String> get(String key) {
        return jdbi.withHandle(handle -> get(handle, key));
    }

    void put(String key, String value) {
        jdbi.useHandle(handle -> put(handle, key, value));
    }

    /** Reads inside the caller's transaction. */
    static Optional<String> get(Handle handle, String key) {
        return handle.createQuery("SELECT meta_value FROM workspace_meta WHERE meta_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne();
    }

    /** Writes inside the caller's transaction. */
    static void put(Handle handle, String key, String value) {
        handle.createUpdate("MERGE INTO workspace_meta (meta_key, meta_value) KEY (meta_key) VALUES (:key, :value)")
                .bind("key", key)
                .bind("value", value)
                .execute();
    }
}
