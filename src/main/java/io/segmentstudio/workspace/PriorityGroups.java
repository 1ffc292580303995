package io.segmentstudio.workspace;

import io.segmentstudio.domain.PriorityGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Priority groups: create, list, reorder (drag and drop moves one segment; a whole new order or member
 * list is set in one go), delete. Every change is one transaction with its audit entry. Sizes are
 * computed by {@link PriorityPreview}.
 */
public final class PriorityGroups {
    private final Jdbi jdbi;

    PriorityGroups(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param segments names, highest priority first
     * @throws IllegalArgumentException when the name is blank or taken, a segment is unknown or listed twice
     */
    public PriorityGroup create(String name, String description, List<String> segments, String actor) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A priority group needs a name");
        }
        return jdbi.inTransaction(handle -> {
            if (find(handle, name).isPresent()) {
                throw new IllegalArgumentException("A priority group named '" + name + "' already exists");
            }
            long id = handle.createUpdate("""
                            INSERT INTO priority_group (name, description, created_by)
                            VALUES (:name, :description, :actor)""")
                    .bind("name", name.strip())
                    .bind("description", description == null ? "" : description)
                    .bind("actor", actor)
                    .executeAndReturnGeneratedKeys("group_id")
                    .mapTo(Long.class)
                    .one();
            writeSegments(handle, id, segments);
            AuditLog.record(handle, actor, "priority_group.created", "priority_group", name.strip(),
                    String.join(" > ", segments));
            return find(handle, name.strip()).orElseThrow();
        });
    }

    /** Every group, by name. */
    public List<PriorityGroup> list() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT name FROM priority_group ORDER BY LOWER(name)")
                .mapTo(String.class)
                .list()
                .stream()
                .map(name -> find(handle, name).orElseThrow())
                .toList());
    }

    public Optional<PriorityGroup> find(String name) {
        return jdbi.withHandle(handle -> find(handle, name));
    }

    /** Replaces the group's segments and their order (adding, removing and reordering in one). */
    public PriorityGroup setSegments(String name, List<String> segments, String actor) {
        return change(name, actor, "priority_group.updated", current -> segments);
    }

    /**
     * Sets a new order of the same segments.
     *
     * @throws IllegalArgumentException when the list is not the group's segments in some order
     */
    public PriorityGroup reorder(String name, List<String> order, String actor) {
        return change(name, actor, "priority_group.reordered", current -> {
            if (order.size() != current.segments().size()
                    || !new HashSet<>(order).equals(new HashSet<>(current.segments()))) {
                throw new IllegalArgumentException("A new order of '" + name + "' must list its segments ("
                        + String.join(", ", current.segments()) + ") each once; got " + String.join(", ", order));
            }
            return order;
        });
    }

    /** Moves one segment to a new position (0 = highest priority), as a drag and drop does. */
    public PriorityGroup move(String name, String segment, int position, String actor) {
        return change(name, actor, "priority_group.reordered", current -> {
            List<String> order = new ArrayList<>(current.segments());
            if (!order.remove(segment)) {
                throw new IllegalArgumentException("Segment '" + segment + "' is not in priority group '" + name + "'");
            }
            if (position < 0 || position > order.size()) {
                throw new IllegalArgumentException("Position " + position + " is outside priority group '" + name
                        + "' (0 to " + order.size() + ")");
            }
            order.add(position, segment);
            return order;
        });
    }

    public void delete(String name, String actor) {
        jdbi.useTransaction(handle -> {
            PriorityGroup group = require(handle, name);
            handle.createUpdate("DELETE FROM priority_group WHERE group_id = :id").bind("id", group.id()).execute();
            AuditLog.record(handle, actor, "priority_group.deleted", "priority_group", name, "");
        });
    }

    private PriorityGroup change(String name, String actor, String action,
                                 Function<PriorityGroup, List<String>> newSegments) {
        return jdbi.inTransaction(handle -> {
            PriorityGroup current = require(handle, name);
            List<String> segments = newSegments.apply(current);
            writeSegments(handle, current.id(), segments);
            handle.createUpdate("UPDATE priority_group SET updated_at = CURRENT_TIMESTAMP WHERE group_id = :id")
                    .bind("id", current.id())
                    .execute();
            AuditLog.record(handle, actor, action, "priority_group", name, String.join(" > ", segments));
            return find(handle, name).orElseThrow();
        });
    }

    /** Replaces the member rows; positions are rewritten 0…n-1, so they stay unique and dense. */
    private static void writeSegments(Handle handle, long groupId, List<String> segments) {
        Set<String> distinct = new LinkedHashSet<>(segments);
        if (distinct.size() != segments.size()) {
            throw new IllegalArgumentException("A priority group lists each segment once; repeated: "
                    + segments.stream().filter(s -> segments.indexOf(s) != segments.lastIndexOf(s)).distinct()
                    .collect(Collectors.joining(", ")));
        }
        Map<String, Long> ids = new HashMap<>();
        handle.createQuery("SELECT name, segment_id FROM segment WHERE name IN (<names>)")
                .bindList("names", segments.isEmpty() ? List.of("") : segments)
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getLong("segment_id")))
                .forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
        List<String> unknown = segments.stream().filter(s -> !ids.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No segment named " + unknown.stream().map(s -> "'" + s + "'")
                    .collect(Collectors.joining(", ")));
        }
        handle.createUpdate("DELETE FROM priority_group_segment WHERE group_id = :id").bind("id", groupId).execute();
        for (int position = 0; position < segments.size(); position++) {
            handle.createUpdate("""
                            INSERT INTO priority_group_segment (group_id, segment_id, position)
                            VALUES (:group, :segment, :position)""")
                    .bind("group", groupId)
                    .bind("segment", ids.get(segments.get(position)))
                    .bind("position", position)
                    .execute();
        }
    }

    private static PriorityGroup require(Handle handle, String name) {
        return find(handle, name).orElseThrow(() -> new IllegalArgumentException("No priority group named '" + name
                + "'"));
    }

    private static Optional<PriorityGroup> find(Handle handle, String name) {
        return handle.createQuery("SELECT group_id, name, description FROM priority_group WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new PriorityGroup(rs.getLong("group_id"), rs.getString("name"),
                        rs.getString("description"), List.of()))
                .findOne()
                .map(row -> new PriorityGroup(row.id(), row.name(), row.description(), segments(handle, row.id())));
    }

    private static List<String> segments(Handle handle, long groupId) {
        return handle.createQuery("""
                        SELECT s.name FROM priority_group_segment p JOIN segment s ON s.segment_id = p.segment_id
                        WHERE p.group_id = :id ORDER BY p.position""")
                .bind("id", groupId)
                .mapTo(String.class)
                .list();
    }
}
