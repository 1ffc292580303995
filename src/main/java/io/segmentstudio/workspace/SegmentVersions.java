package io.segmentstudio.workspace;

import io.segmentstudio.domain.LifecycleAction;
import io.segmentstudio.domain.SegmentLifecycle;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.RuleValidator;
import io.segmentstudio.engine.diff.RuleDiff;
import io.segmentstudio.engine.format.NativeRuleJson;
import java.util.List;

/**
 * Saving segments: every save is a new version (author, comment, time); the history of a segment; an
 * old version restored as a new draft; the rule-level diff of two versions. What a save may do is decided
 * by {@link SegmentLifecycle}: saving over an approved or published version starts a new draft and leaves
 * the approved one as it is.
 *
 * <p>Every method is one short transaction, safe to call from a background task.
 */
public final class SegmentVersions {
    private final Workspace workspace;
    private final SegmentLifecycle lifecycle = new SegmentLifecycle();
    private final NativeRuleJson json = new NativeRuleJson();

    SegmentVersions(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * A saved version and what the user should look at; saving never fails for these.
     *
     * @param warnings names that do not follow the workspace's naming convention
     * @param problems what is wrong with the rule against the workspace (unknown attributes, …), each on its
     *                 node; such a version cannot be submitted for review
     */
    public record Saved(SegmentVersion version, List<String> warnings, List<RuleProblem> problems) {
        public Saved {
            warnings = List.copyOf(warnings);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Creates a segment with version 1 as a draft.
     *
     * @throws io.segmentstudio.engine.format.RuleFormatException when the definition is not a readable rule
     * @throws IllegalArgumentException                            when the name is taken
     */
    public Saved create(SegmentCatalog.NewSegment segment, String author, String comment) {
        Condition rule = read(segment.definitionJson());
        SegmentVersion created = workspace.jdbi().inTransaction(handle -> {
            long id = workspace.segments().create(segment, author);
            handle.createUpdate("UPDATE segment_version SET change_comment = :comment WHERE segment_id = :id")
                    .bind("comment", comment == null ? "" : comment.strip())
                    .bind("id", id)
                    .execute();
            return VersionRows.head(handle, segment.name());
        });
        return saved(created, rule);
    }

    /**
     * Saves a changed rule as the segment's next version, a draft.
     *
     * @throws io.segmentstudio.domain.LifecycleException when the current version is in review or archived
     * @throws io.segmentstudio.engine.format.RuleFormatException when the definition is not a readable rule
     */
    public Saved save(String segment, String definitionJson, String author, String comment) {
        Condition rule = read(definitionJson);
        SegmentVersion saved = workspace.jdbi().inTransaction(handle -> {
            long id = VersionRows.lock(handle, segment);
            SegmentVersion head = VersionRows.head(handle, segment);
            lifecycle.apply(head.subject(), LifecycleAction.EDIT, author, comment);
            int version = VersionRows.insertDraft(handle, id, definitionJson, author, comment, 0);
            AuditLog.record(handle, author, LifecycleAction.EDIT.auditAction(), "segment", segment,
                    details(version, comment) + " (after version " + head.version() + ", " + head.status().label()
                            + ")");
            return VersionRows.version(handle, segment, version);
        });
        return saved(saved, rule);
    }

    /** Saves an old version's rule again as the next version, a draft; the old version is left as it was. */
    public Saved restore(String segment, int version, String actor, String comment) {
        SegmentVersion saved = workspace.jdbi().inTransaction(handle -> {
            long id = VersionRows.lock(handle, segment);
            SegmentVersion head = VersionRows.head(handle, segment);
            SegmentVersion old = VersionRows.version(handle, segment, version);
            lifecycle.apply(head.subject(), LifecycleAction.EDIT, actor, comment);
            String note = "Restored version " + version + (comment == null || comment.isBlank() ? "" : ": "
                    + comment.strip());
            int restored = VersionRows.insertDraft(handle, id, VersionRows.definition(handle, id, old.version()),
                    actor, note, version);
            AuditLog.record(handle, actor, "segment.restored", "segment", segment, details(restored, note));
            return VersionRows.version(handle, segment, restored);
        });
        return saved(saved, rule(segment, saved.version()));
    }

    /** Every version of the segment, newest first. */
    public List<SegmentVersion> history(String segment) {
        return workspace.jdbi().withHandle(handle -> VersionRows.history(handle, segment));
    }

    public SegmentVersion version(String segment, int version) {
        return workspace.jdbi().withHandle(handle -> VersionRows.version(handle, segment, version));
    }

    /** The newest version: what the editor opens. */
    public SegmentVersion current(String segment) {
        return workspace.jdbi().withHandle(handle -> VersionRows.head(handle, segment));
    }

    /** The rule JSON of one version, as saved. */
    public String definition(String segment, int version) {
        return workspace.jdbi().withHandle(handle -> VersionRows.definition(handle,
                VersionRows.version(handle, segment, version).segmentId(), version));
    }

    /** The rule of one version, typed by the workspace's attributes. */
    public Condition rule(String segment, int version) {
        return read(definition(segment, version));
    }

    /** What changed in the rule from one version to another, node by node. */
    public RuleDiff diff(String segment, int from, int to) {
        return RuleDiff.between(rule(segment, from), rule(segment, to));
    }

    private Condition read(String definitionJson) {
        return json.readRule(definitionJson, workspace.ruleSchema());
    }

    private Saved saved(SegmentVersion version, Condition rule) {
        RuleSchema schema = workspace.ruleSchema();
        List<RuleProblem> problems = new RuleValidator(schema, workspace.segments().resolver(schema)).validate(rule);
        return new Saved(version, workspace.naming().check(version.segment()), problems);
    }

    static String details(int version, String comment) {
        return "version " + version + (comment == null || comment.isBlank() ? "" : ": " + comment.strip());
    }
}
