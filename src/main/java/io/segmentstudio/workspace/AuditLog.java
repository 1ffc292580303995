package io.segmentstudio.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Who changed what and when: segment edits, approvals, imports, publishes, erasures. */
public final class AuditLog {
    private final Jdbi jdbi;

    AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One audit entry; details is free text or JSON. */
    public record Entry(Instant occurredAt, String actor, String action, String targetType, String target,
                        String details) {
    }

    public void record(String actor, String action, String targetType, String target, String details) {
        jdbi.useHandle(handle -> record(handle, actor, action, targetType, target, details));
    }

    /** Records inside the caller's transaction, so the entry commits or rolls back with the change. */
    public static void record(Handle handle, String actor, String action, String targetType, String target,
                              String details) {
        handle.createUpdate("""
                        INSERT INTO audit_log (actor, action, target_type, target, details)
                        VALUES (:actor, :action, :targetType, :target, :details)""")
                .bind("actor", actor)
                .bind("action", action)
                .bind("targetType", targetType)
                .bind("target", target)
                .bind("details", details)
                .execute();
    }

    /**
     * What the audit log view filters by; every part is optional (null or empty matches everything).
     *
     * @param actions    any of these actions ("segment.approved"), each possibly a prefix ending in '*' ("segment.*")
     * @param targetText part of the object's name, ignoring case ("vip" finds "VIP" and "Lapsed VIP")
     * @param from       first instant included
     * @param to         first instant no longer included
     * @param limit      at most this many entries, the newest
     */
    public record Query(String actor, List<String> actions, String targetType, String target, String targetText,
                        Instant from, Instant to, int limit) {
        public static final int DEFAULT_LIMIT = 10_000;

        public Query {
            if (limit <= 0) {
                throw new IllegalArgumentException("An audit query returns at least one entry, not " + limit);
            }
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        public static Query all() {
            return new Query(null, List.of(), null, null, null, null, null, DEFAULT_LIMIT);
        }

        public Query byActor(String who) {
            return new Query(who, actions, targetType, target, targetText, from, to, limit);
        }

        public Query byAction(String what) {
            return byActions(what == null ? List.of() : List.of(what));
        }

        /** Entries with any of these actions or action prefixes; an empty list means every action. */
        public Query byActions(List<String> any) {
            return new Query(actor, any, targetType, target, targetText, from, to, limit);
        }

        /** Entries about one object, e.g. ("segment", "VIP"); a null name means every object of the type. */
        public Query about(String type, String name) {
            return new Query(actor, actions, type, name, targetText, from, to, limit);
        }

        /** Entries about any object whose name contains the text, ignoring case; null or blank matches all. */
        public Query aboutNameContaining(String text) {
            return new Query(actor, actions, targetType, target, text == null || text.isBlank() ? null : text.strip(),
                    from, to, limit);
        }

        public Query between(Instant start, Instant end) {
            return new Query(actor, actions, targetType, target, targetText, start, end, limit);
        }

        public Query limit(int most) {
            return new Query(actor, actions, targetType, target, targetText, from, to, most);
        }
    }

    /** Entries matching the query, newest first. */
    public List<Entry> query(Query query) {
        StringBuilder sql = new StringBuilder("SELECT occurred_at, actor, action, target_type, target, details"
                + " FROM audit_log WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(sql, params, " AND actor = :actor", "actor", query.actor());
        actions(sql, params, query.actions());
        condition(sql, params, " AND target_type = :targetType", "targetType", query.targetType());
        condition(sql, params, " AND target = :target", "target", query.target());
        String text = query.targetText();
        condition(sql, params, " AND LOWER(target) LIKE :targetText ESCAPE '\\'", "targetText",
                text == null ? null : "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        condition(sql, params, " AND occurred_at >= :from", "from", offset(query.from()));
        condition(sql, params, " AND occurred_at < :to", "to", offset(query.to()));
        sql.append(" ORDER BY audit_id DESC FETCH FIRST :limit ROWS ONLY");
        params.put("limit", query.limit());
        return jdbi.withHandle(handle -> handle.createQuery(sql.toString())
                .bindMap(params)
                .map((rs, ctx) -> entry(rs))
                .list());
    }

    /** Everyone who has an entry, ignoring case in the order: the choices of the audit log view's "who" filter. */
    public List<String> actors() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT DISTINCT actor FROM audit_log ORDER BY LOWER(actor), actor")
                .mapTo(String.class)
                .list());
    }

    /** One condition matching any of the actions, each exact or a prefix ending in '*'. */
    private static void actions(StringBuilder sql, Map<String, Object> params, List<String> actions) {
        if (actions.isEmpty()) {
            return;
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            String action = actions.get(i);
            String name = "action" + i;
            if (action.endsWith("*")) {
                alternatives.add("action LIKE :" + name + " ESCAPE '\\'");
                params.put(name, escapeLike(action.substring(0, action.length() - 1)) + "%");
            } else {
                alternatives.add("action = :" + name);
                params.put(name, action);
            }
        }
        sql.append(" AND (").append(String.join(" OR ", alternatives)).append(')');
    }

    /** Adds a fixed condition with its parameter when the value is given: values never enter the SQL text. */
    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name,
                                  Object value) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    /** The text matched literally by LIKE: its wildcards and the escape character escaped. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Newest first. */
    public List<Entry> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT occurred_at, actor, action, target_type, target, details
                        FROM audit_log ORDER BY audit_id DESC FETCH FIRST :limit ROWS ONLY""")
                .bind("limit", limit)
                .map((rs, ctx) -> entry(rs))
                .list());
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target"), rs.getString("details"));
    }
}
