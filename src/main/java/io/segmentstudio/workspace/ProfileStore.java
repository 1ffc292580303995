package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeStats;
import io.segmentstudio.domain.AttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reads profiles: counts, fill statistics and the key → row id mapping. */
public final class ProfileStore {
    /** The attribute a profile can also be found by: people remember an address better than a key. */
    private static final String EMAIL = "email";
    private final Jdbi jdbi;

    ProfileStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM profile").mapTo(Long.class).one());
    }

    /** Filled and distinct counts of every catalogued attribute, in catalog order (one scan). */
    public List<AttributeStats> stats() {
        return jdbi.withHandle(handle -> {
            List<Attribute> attributes = AttributeCatalog.list(handle);
            if (attributes.isEmpty()) {
                return List.of();
            }
            StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
            for (Attribute attribute : attributes) {
                String column = ColumnTypes.quote(AttributeCatalog.columnName(attribute.name()));
                sql.append(", COUNT(").append(column).append("), COUNT(DISTINCT ").append(column).append(')');
            }
            sql.append(" FROM profile");
            return handle.createQuery(sql.toString()).map((rs, ctx) -> {
                long profiles = rs.getLong(1);
                List<AttributeStats> stats = new ArrayList<>();
                for (int i = 0; i < attributes.size(); i++) {
                    stats.add(new AttributeStats(attributes.get(i), rs.getLong(2 + 2 * i), rs.getLong(3 + 2 * i), profiles));
                }
                return stats;
            }).one();
        });
    }

    /**
     * A profile found by {@link #search}.
     *
     * @param email its email address when the workspace has an {@code email} attribute, else null
     */
    public record Match(String key, String email) {
    }

    /**
     * Profiles whose key, or email address when the workspace has an {@code email} attribute, starts with
     * the prefix, ignoring case; at most {@code limit}, by key. A scan: run it off the UI thread.
     */
    public List<Match> search(String prefix, int limit) {
        // '!' escapes: a backslash would be taken for an escape by the statement parser
        String pattern = prefix.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        return jdbi.withHandle(handle -> {
            boolean hasEmail = AttributeCatalog.list(handle).stream().anyMatch(attribute -> attribute.name()
                    .equals(EMAIL) && attribute.type() == AttributeType.STRING);
            String email = hasEmail ? ColumnTypes.quote(AttributeCatalog.columnName(EMAIL)) : "CAST(NULL AS VARCHAR)";
            return handle.createQuery("SELECT profile_key, " + email + " FROM profile"
                            + " WHERE LOWER(profile_key) LIKE :pattern ESCAPE '!'"
                            + (hasEmail ? " OR LOWER(" + email + ") LIKE :pattern ESCAPE '!'" : "")
                            + " ORDER BY profile_key LIMIT :limit")
                    .bind("pattern", pattern)
                    .bind("limit", limit)
                    .map((rs, ctx) -> new Match(rs.getString(1), rs.getString(2)))
                    .list();
        });
    }

    /** Row id of every profile by key, for writers that attach events to profiles. */
    public static Map<String, Long> idsByKey(Handle handle) {
        Map<String, Long> ids = new HashMap<>();
        handle.createQuery("SELECT profile_key, profile_id FROM profile")
                .map((rs, ctx) -> ids.put(rs.getString(1), rs.getLong(2)))
                .forEach(ignored -> { });
        return ids;
    }
}
