package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.util.List;

/**
 * Compiles the condition tree. Every leaf is already two-valued (never NULL), so AND, OR and NOT keep
 * their plain meaning. Groups break lines and indent by depth so that generated SQL can be reviewed.
 */
final class ConditionSql {
    private static final String INDENT = "  ";

    private final PredicateSql predicates;
    private final EventConditionSql events;

    ConditionSql(CompileContext context) {
        this.predicates = new PredicateSql(context);
        this.events = new EventConditionSql(context, predicates);
    }

    /** The rule as a boolean expression over {@code p}; TRUE when nothing is left to test. */
    SqlFragment write(Condition rule) {
        return ignored(rule) ? Sql.text("TRUE") : write(rule, 0);
    }

    private SqlFragment write(Condition condition, int depth) {
        if (condition instanceof SegmentRef ref) {
            throw new RuleException(ref.id(), "segment reference to '" + ref.segment()
                    + "' reached the SQL compiler: expand the rule with ReferenceExpander first");
        } else if (condition.disabled()) {
            throw notExpanded(condition.id());
        } else if (condition instanceof Predicate predicate) {
            return predicates.onProfile(predicate);
        } else if (condition instanceof EventCondition event) {
            return events.write(event);
        }
        return group((Group) condition, depth);
    }

    private SqlFragment group(Group group, int depth) {
        List<Condition> kept = group.children().stream().filter(child -> !ignored(child)).toList();
        if (kept.size() == 1) {
            SqlFragment only = write(kept.get(0), depth);
            return group.negated() ? Sql.format("NOT ({})", only) : only;
        }
        String inner = "\n" + INDENT.repeat(depth + 1);
        List<SqlFragment> children = kept.stream().map(child -> write(child, depth + 1)).toList();
        return Sql.format((group.negated() ? "NOT (" : "(") + inner + "{}\n" + INDENT.repeat(depth) + ")",
                Sql.join(children, inner + group.combinator().name() + " "));
    }

    /** ReferenceExpander drops disabled nodes; meeting one means the caller skipped it. */
    static RuleException notExpanded(String nodeId) {
        return new RuleException(nodeId, "a disabled condition reached the SQL compiler:"
                + " expand the rule with ReferenceExpander first");
    }

    /** A group without a condition to test, however deeply nested, is ignored by its parent (semantics.md). */
    private static boolean ignored(Condition condition) {
        return condition instanceof Group group && !group.disabled()
                && group.children().stream().allMatch(ConditionSql::ignored);
    }
}
