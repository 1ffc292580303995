package io.segmentstudio.workspace;

import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What a column snapshot is checked against before it stands in for the store: a random token that
 * every writer of profiles or events replaces inside its own transaction, plus the row counts and
 * highest ids, which change with any insert or delete even where a writer outside Segment Studio
 * left the token alone. A random token, not a counter, so that two copies of a workspace edited apart
 * never end at the same stamp.
 */
record DataStamp(String token, long profiles, long maxProfileId, long events, long maxEventId) {
    private static final String KEY = "data_stamp";
    /** The stamp of an image read while a writer was at work: it matches no store. */
    static final DataStamp UNKNOWN = new DataStamp("", -1, -1, -1, -1);

    boolean known() {
        return profiles >= 0;
    }

    /** Marks the data as changed, in the handle's transaction; returns the new token. */
    static String touch(Handle handle) {
        String token = UUID.randomUUID().toString();
        handle.createUpdate("MERGE INTO workspace_meta (meta_key, meta_value) KEY (meta_key) VALUES (:key, :value)")
                .bind("key", KEY)
                .bind("value", token)
                .execute();
        return token;
    }

    /** The stamp as the handle sees it (counts and maxima come from the primary keys: no scan). */
    static DataStamp current(Handle handle) {
        String token = handle.createQuery("SELECT meta_value FROM workspace_meta WHERE meta_key = :key")
                .bind("key", KEY).mapTo(String.class).findOne().orElse("");
        return handle.createQuery("SELECT (SELECT COUNT(*) FROM profile), (SELECT COALESCE(MAX(profile_id), 0) FROM profile),"
                        + " (SELECT COUNT(*) FROM event), (SELECT COALESCE(MAX(event_id), 0) FROM event)")
                .map((rs, ctx) -> new DataStamp(token, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .one();
    }
}
