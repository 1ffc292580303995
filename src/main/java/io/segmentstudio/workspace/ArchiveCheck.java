package io.segmentstudio.workspace;

import io.segmentstudio.domain.ArchiveImpact;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.SegmentDependencies;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the segments that reference one about to be archived. Both the current and the approved version
 * of every segment that is not archived count: an approved version that is published keeps referencing
 * it even when a newer draft does not.
 */
final class ArchiveCheck {
    private static final String RULES = """
            SELECT s.name, v.version = s.current_version AS head, v.definition
            FROM segment s
            JOIN segment_version h ON h.segment_id = s.segment_id AND h.version = s.current_version
            JOIN segment_version v ON v.segment_id = s.segment_id
            WHERE h.status <> 'ARCHIVED' AND s.name <> :segment
              AND (v.version = s.current_version OR v.version = (
                   SELECT MAX(a.version) FROM segment_version a
                   WHERE a.segment_id = s.segment_id AND a.status IN ('APPROVED', 'PUBLISHED')))""";

    private final Workspace workspace;

    ArchiveCheck(Workspace workspace) {
        this.workspace = workspace;
    }

    ArchiveImpact impact(String segment) {
        workspace.versions().current(segment); // names a missing segment
        RuleSchema schema = workspace.ruleSchema();
        NativeRuleJson json = new NativeRuleJson();
        Set<String> direct = new TreeSet<>();
        Map<String, Condition> heads = new HashMap<>();
        workspace.jdbi().useHandle(handle -> handle.createQuery(RULES)
                .bind("segment", segment)
                .map((rs, ctx) -> new Row(rs.getString("name"), rs.getBoolean("head"), rs.getString("definition")))
                .forEach(row -> read(json, row.definition(), schema).ifPresent(rule -> {
                    if (SegmentDependencies.references(rule).contains(segment)) {
                        direct.add(row.name());
                    }
                    if (row.head()) {
                        heads.put(row.name(), rule);
                    }
                })));
        Set<String> affected = new TreeSet<>(direct);
        affected.addAll(new SegmentDependencies(heads).dependents(segment));
        return new ArchiveImpact(segment, List.copyOf(direct), List.copyOf(affected));
    }

    private record Row(String name, boolean head, String definition) {
    }

    /** A definition that cannot be read references nothing we can tell; it must not block other archives. */
    private static Optional<Condition> read(NativeRuleJson json, String definition, RuleSchema schema) {
        try {
            return Optional.of(json.readRule(definition, schema));
        } catch (RuleFormatException e) {
            return Optional.empty();
        }
    }
}
