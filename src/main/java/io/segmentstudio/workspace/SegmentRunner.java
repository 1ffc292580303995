package io.segmentstudio.workspace;

import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.RuleValidator;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.columnar.ColumnarEngine;
import io.segmentstudio.engine.columnar.ColumnarRule;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.engine.eval.CompiledRule;
import io.segmentstudio.engine.eval.Evaluator;
import io.segmentstudio.engine.eval.Explainer;
import io.segmentstudio.engine.eval.Explanation;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.sql.SqlCompiler;
import io.segmentstudio.engine.sql.SqlNames;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roaringbitmap.RoaringBitmap;

/**
 * Evaluates rules over a workspace: in its H2 database (the store of record) or in memory, explains
 * one profile, and refreshes a stored segment's membership with its history. Segment references are
 * resolved against the current versions of the workspace's segments.
 */
public final class SegmentRunner {
    private final Workspace workspace;

    public SegmentRunner(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Members of an evaluation, ordered by profile key. */
    public record Members(List<String> keys) {
        public Members {
            keys = List.copyOf(keys);
        }

        public long count() {
            return keys.size();
        }
    }

    /** Members with their row ids, which storing a membership needs. */
    private record Selected(List<String> keys, long[] profileIds) {
    }

    /** What is wrong with the rule against this workspace's catalog and segments; empty when it can run. */
    public List<RuleProblem> validate(Condition rule) {
        RuleSchema schema = workspace.ruleSchema();
        return new RuleValidator(schema, workspace.segments().resolver(schema)).validate(rule);
    }

    /** Evaluates the rule with SQL in the workspace's H2. */
    public Members evaluateInDatabase(Condition rule, Instant asOf) {
        return evaluateInDatabase(rule, asOf, new SqlCompiler());
    }

    /** The same with another compiler: one that writes computed attributes over the events, say. */
    Members evaluateInDatabase(Condition rule, Instant asOf, SqlCompiler compiler) {
        return new Members(select(rule, asOf, compiler).keys());
    }

    private Selected select(Condition rule, Instant asOf) {
        return select(rule, asOf, new SqlCompiler());
    }

    private Selected select(Condition rule, Instant asOf, SqlCompiler compiler) {
        RuleSchema schema = workspace.ruleSchema();
        Condition expanded = expand(rule, schema);
        SqlFragment where = compiler.where(expanded, schema, asOf(asOf), Dialect.H2);
        String sql = "SELECT p.\"" + SqlNames.workspace().profileId() + "\", p.\"" + SqlNames.workspace().profileKey()
                + "\" FROM profile p WHERE " + where.sql() + " ORDER BY p.profile_key";
        return workspace.jdbi().withHandle(handle -> {
            try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < where.params().size(); i++) {
                    statement.setObject(i + 1, where.params().get(i));
                }
                List<String> keys = new ArrayList<>();
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        keys.add(rows.getString(2));
                    }
                }
                return new Selected(keys, ids.stream().mapToLong(Long::longValue).toArray());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot evaluate the rule in " + workspace.file() + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** Evaluates the rule in memory, profile by profile; the same members as {@link #evaluateInDatabase}. */
    public Members evaluateInMemory(Condition rule, Instant asOf) {
        RuleSchema schema = workspace.ruleSchema();
        CompiledRule compiled = new Evaluator().compile(expand(rule, schema), schema, asOf(asOf));
        List<String> keys = new ArrayList<>();
        workspace.profileReader().forEach(profile -> {
            if (compiled.test(profile)) {
                keys.add(profile.key());
            }
        });
        keys.sort(null);
        return new Members(keys);
    }

    /**
     * Evaluates the rule with the columnar engine over an image of this workspace (see
     * {@link ProfileImageLoader}); the same members as {@link #evaluateInDatabase}.
     */
    public Members evaluateColumnar(Condition rule, Instant asOf, ProfileImage image) {
        List<String> keys = new ArrayList<>();
        membersColumnar(rule, asOf, image).forEach((int row) -> keys.add(image.key(row)));
        keys.sort(null);
        return new Members(keys);
    }

    /** The rule's members as rows of the image, for set operations (overlaps, priorities). */
    public RoaringBitmap membersColumnar(Condition rule, Instant asOf, ProfileImage image) {
        ColumnarRule compiled = new ColumnarEngine().compile(expand(rule, image.schema()), image, asOf(asOf));
        return compiled.members();
    }

    /** Why one profile is in or out; empty when no profile has that key. */
    public Optional<Explanation> explain(Condition rule, Instant asOf, String profileKey) {
        RuleSchema schema = workspace.ruleSchema();
        Condition expanded = expand(rule, schema);
        return workspace.profileReader().find(profileKey)
                .map(profile -> new Explainer().explain(expanded, schema, asOf(asOf), profile));
    }

    /** The current rule of a stored segment. */
    public Condition segmentRule(String name) {
        SegmentSummary segment = workspace.segments().find(name).orElseThrow(() ->
                new IllegalArgumentException("No segment named '" + name + "' in " + workspace.name()));
        String definition = workspace.segments().definition(segment.id(), segment.currentVersion()).orElseThrow();
        return new NativeRuleJson().readRule(definition, workspace.ruleSchema());
    }

    /**
     * Evaluates a stored segment's current version and stores its members with who entered and exited.
     *
     * @param evaluatedAt when this evaluation runs, for the history
     */
    public MembershipStore.Change refresh(String name, Instant asOf, Instant evaluatedAt, String actor) {
        SegmentSummary segment = workspace.segments().find(name).orElseThrow(() ->
                new IllegalArgumentException("No segment named '" + name + "' in " + workspace.name()));
        Selected members = select(segmentRule(name), asOf);
        MembershipStore.Change change = workspace.memberships().replace(segment.id(), segment.currentVersion(),
                members.profileIds(), evaluatedAt, asOf);
        workspace.audit().record(actor, "segment.evaluated", "segment", name, "version " + segment.currentVersion()
                + ": " + change.members() + " members, " + change.entered() + " entered, " + change.exited() + " exited");
        return change;
    }

    private Condition expand(Condition rule, RuleSchema schema) {
        return new ReferenceExpander(workspace.segments().resolver(schema)).expand(rule);
    }

    private AsOf asOf(Instant instant) {
        return new AsOf(instant, workspace.timeZone());
    }
}
