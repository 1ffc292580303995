package io.segmentstudio.workspace;

import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.SegmentDependencies;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.domain.SegmentSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Segments and their versions. Every save is a new version; the definition is the native rule JSON. */
public final class SegmentCatalog {
    private final Jdbi jdbi;

    SegmentCatalog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What a user fills in to create a segment. */
    public record NewSegment(String name, String description, String folder, List<String> tags, String definitionJson) {
        public NewSegment {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A segment needs a name");
            }
            tags = List.copyOf(tags);
        }
    }

    /** Creates the segment with version 1 as a draft, and records it in the audit log; returns its id. */
    public long create(NewSegment segment, String author) {
        return jdbi.inTransaction(handle -> {
            boolean taken = handle.createQuery("SELECT COUNT(*) FROM segment WHERE name = :name")
                    .bind("name", segment.name()).mapTo(Integer.class).one() > 0;
            if (taken) {
                throw new IllegalArgumentException("A segment named '" + segment.name() + "' already exists");
            }
            long id = handle.createUpdate("""
                            INSERT INTO segment (name, description, folder, tags, owner, current_version)
                            VALUES (:name, :description, :folder, :tags, :owner, 1)""")
                    .bind("name", segment.name())
                    .bind("description", segment.description() == null ? "" : segment.description())
                    .bind("folder", segment.folder() == null ? "" : segment.folder())
                    .bind("tags", String.join(",", segment.tags()))
                    .bind("owner", author)
                    .executeAndReturnGeneratedKeys("segment_id")
                    .mapTo(Long.class).one();
            handle.createUpdate("""
                            INSERT INTO segment_version (segment_id, version, definition, status, author)
                            VALUES (:id, 1, :definition, 'DRAFT', :author)""")
                    .bind("id", id)
                    .bind("definition", segment.definitionJson())
                    .bind("author", author)
                    .execute();
            AuditLog.record(handle, author, "segment.created", "segment", segment.name(), "version 1");
            return id;
        });
    }

    /** Every segment with its current version's status and its last evaluated size, by folder and name. */
    public List<SegmentSummary> list() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT s.segment_id, s.name, s.description, s.folder, s.tags, s.owner, v.status,
                               s.current_version, s.updated_at, e.members, e.evaluated_at, s.review_by,
                               (SELECT COALESCE(MAX(a.version), 0) FROM segment_version a
                                WHERE a.segment_id = s.segment_id AND a.status IN ('APPROVED', 'PUBLISHED'))
                                   AS approved_version
                        FROM segment s
                        JOIN segment_version v ON v.segment_id = s.segment_id AND v.version = s.current_version
                        LEFT JOIN segment_evaluation e ON e.segment_id = s.segment_id
                            AND e.evaluated_at = (SELECT MAX(evaluated_at) FROM segment_evaluation x
                                                  WHERE x.segment_id = s.segment_id)
                        ORDER BY s.folder, LOWER(s.name)""")
                .map((rs, ctx) -> {
                    OffsetDateTime evaluated = rs.getObject("evaluated_at", OffsetDateTime.class);
                    String tags = rs.getString("tags");
                    return new SegmentSummary(rs.getLong("segment_id"), rs.getString("name"),
                            rs.getString("description"), rs.getString("folder"),
                            tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                            rs.getString("owner"), SegmentStatus.valueOf(rs.getString("status")),
                            rs.getInt("current_version"), evaluated == null ? -1 : rs.getLong("members"),
                            evaluated == null ? null : evaluated.toInstant(),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("review_by", LocalDate.class), rs.getInt("approved_version"));
                })
                .list());
    }

    /** The rule JSON of one version. */
    public Optional<String> definition(long segmentId, int version) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT definition FROM segment_version WHERE segment_id = :id AND version = :version")
                .bind("id", segmentId)
                .bind("version", version)
                .mapTo(String.class)
                .findOne());
    }

    /** Name → definition JSON of every segment's current version. */
    public Map<String, String> currentDefinitions() {
        Map<String, String> definitions = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT s.name, v.definition FROM segment s"
                        + " JOIN segment_version v ON v.segment_id = s.segment_id AND v.version = s.current_version"
                        + " ORDER BY s.name")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> definitions.put(e.getKey(), e.getValue())));
        return definitions;
    }

    /** Resolves segment references to the current rules, parsing each definition only when referenced. */
    public SegmentResolver resolver(RuleSchema schema) {
        Map<String, String> definitions = currentDefinitions();
        NativeRuleJson json = new NativeRuleJson();
        Map<String, Condition> parsed = new HashMap<>();
        return name -> Optional.ofNullable(definitions.get(name))
                .map(text -> parsed.computeIfAbsent(name, n -> json.readRule(text, schema)));
    }

    /** Segments whose current rule references this one, directly or through others. */
    public Set<String> dependents(String name, RuleSchema schema) {
        NativeRuleJson json = new NativeRuleJson();
        Map<String, Condition> rules = new HashMap<>();
        currentDefinitions().forEach((segment, text) -> rules.put(segment, json.readRule(text, schema)));
        return new SegmentDependencies(rules).dependents(name);
    }

    /**
     * Changes what the catalog shows about a segment: its description, folder and tags (not its rule, which
     * only a new version changes). Tags are trimmed, blank ones dropped, duplicates kept once.
     *
     * @throws IllegalArgumentException when there is no such segment or a tag holds a comma (tags are stored
     *                                  comma-separated)
     */
    public void describe(String name, String description, String folder, List<String> tags, String actor) {
        List<String> cleanTags = tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        cleanTags.stream().filter(tag -> tag.contains(",")).findFirst().ifPresent(tag -> {
            throw new IllegalArgumentException("The tag '" + tag + "' holds a comma; a tag is one word or phrase without commas");
        });
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE segment SET description = :description, folder = :folder, tags = :tags,
                                   updated_at = CURRENT_TIMESTAMP WHERE name = :name""")
                    .bind("description", description == null ? "" : description.strip())
                    .bind("folder", folder == null ? "" : folder.strip())
                    .bind("tags", String.join(",", cleanTags))
                    .bind("name", name)
                    .execute();
            if (updated == 0) {
                throw new IllegalArgumentException("No segment named '" + name + "'");
            }
            AuditLog.record(handle, actor, "segment.details_changed", "segment", name,
                    "folder '" + (folder == null ? "" : folder.strip()) + "', tags " + cleanTags);
        });
    }

    /**
     * Sets (or with null clears) the day by which the segment should be looked at again.
     *
     * @throws IllegalArgumentException when there is no such segment
     */
    public void setReviewBy(String name, LocalDate reviewBy, String actor) {
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE segment SET review_by = :day WHERE name = :name")
                    .bind("day", reviewBy)
                    .bind("name", name)
                    .execute();
            if (updated == 0) {
                throw new IllegalArgumentException("No segment named '" + name + "'");
            }
            AuditLog.record(handle, actor, "segment.review_by_set", "segment", name,
                    reviewBy == null ? "cleared" : reviewBy.toString());
        });
    }

    /** Segments whose review-by day is before {@code today}, archived ones left out; the longest overdue first. */
    public List<SegmentSummary> overdue(LocalDate today) {
        return list().stream()
                .filter(segment -> segment.reviewOverdue(today))
                .sorted(Comparator.comparing(SegmentSummary::reviewBy).thenComparing(SegmentSummary::name))
                .toList();
    }

    public Optional<SegmentSummary> find(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM segment").mapTo(Long.class).one());
    }
}
