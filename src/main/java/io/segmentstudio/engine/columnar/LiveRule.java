package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.engine.AsOf;
import java.util.List;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * A live segment's rule, split at its root into the children an event cannot change (attribute
 * tests) and those it can (event conditions, and groups holding one). The fixed part often decides
 * alone — an AND whose attribute tests fail, an OR whose attribute tests hold — so whether it leaves
 * a row <em>open</em> is kept per row, and an event re-tests only the segments it leaves open, and
 * only their moving part. AND and OR commute here as in {@link RowCompiler} (two-valued logic).
 *
 * <p>Events are only ever added, and windows hold still until the as-of instant moves: a rule whose
 * event conditions all count "at least" (or "more than") can then only gain members from an event,
 * and one that counts "at most" (or "less than") only lose them. Such a rule need not be re-tested
 * on a row where the event cannot move it.
 */
final class LiveRule {
    private final RowSet whole;
    private final RowSet fixed;
    private final RowSet moving;
    private final boolean and;
    private final boolean negated;
    private final Direction direction;

    /** Which way an added event can move a rule's verdict. */
    enum Direction {
        /** Not at all: the rule counts no events. */
        STEADY,
        /** Only from out to in. */
        IN,
        /** Only from in to out. */
        OUT,
        BOTH;

        Direction with(Direction other) {
            return this == STEADY ? other : other == STEADY || other == this ? this : BOTH;
        }

        Direction negated() {
            return this == IN ? OUT : this == OUT ? IN : this;
        }
    }

    /** @param fixed null when nothing is fixed: the moving part, the whole rule, decides alone */
    private LiveRule(RowSet whole, RowSet fixed, RowSet moving, boolean and, boolean negated, Direction direction) {
        this.whole = whole;
        this.fixed = fixed;
        this.moving = moving;
        this.and = and;
        this.negated = negated;
        this.direction = direction;
    }

    static LiveRule compile(Condition expandedRule, ProfileImage image, AsOf asOf, SharedLeaves shared) {
        RowCompiler compiler = new RowCompiler(image, asOf, shared);
        RowSet whole = compiler.compileRoot(expandedRule);
        Direction direction = direction(expandedRule);
        if (expandedRule instanceof Group root) {
            // a group without any condition left is ignored by its parent, so it is neither part
            List<Condition> fixed = root.children().stream()
                    .filter(c -> !RowCompiler.countsEvents(c) && holdsCondition(c)).toList();
            List<Condition> moving = root.children().stream().filter(RowCompiler::countsEvents).toList();
            if (!fixed.isEmpty() && !moving.isEmpty()) {
                return new LiveRule(whole, compiler.compileRoot(part(root, fixed)), compiler.compileRoot(part(root, moving)),
                        root.combinator() == Combinator.AND, root.negated(), direction);
            }
        }
        return new LiveRule(whole, null, whole, true, false, direction);
    }

    /** AND and OR never decrease in any child, so children moving one way move their group that way. */
    private static Direction direction(Condition condition) {
        if (condition instanceof EventCondition event) {
            if (event.aggregate().isPresent()) {
                return Direction.BOTH; // a sum, minimum or average can go either way
            }
            return switch (event.count().op()) {
                case AT_LEAST, GREATER_THAN -> Direction.IN;
                case AT_MOST, LESS_THAN -> Direction.OUT;
                case EQUALS, BETWEEN -> Direction.BOTH;
            };
        } else if (condition instanceof Group group) {
            Direction combined = Direction.STEADY;
            for (Condition child : group.children()) {
                combined = combined.with(direction(child));
            }
            return group.negated() ? combined.negated() : combined;
        }
        return Direction.STEADY;
    }

    /** Which way an added event can move the verdict. */
    Direction direction() {
        return direction;
    }

    private static Group part(Group root, List<Condition> children) {
        return new Group(root.id(), root.combinator(), false, false, children);
    }

    private static boolean holdsCondition(Condition condition) {
        return !(condition instanceof Group group) || group.children().stream().anyMatch(LiveRule::holdsCondition);
    }

    /** The members among rows {@code 0..rows-1}. */
    RoaringBitmap members(int rows) {
        return BitSetUtil.bitmapOf(whole.scan(rows));
    }

    /** The rows among {@code 0..rows-1} whose fixed part leaves the verdict to the moving part, as words. */
    long[] openRows(int rows) {
        if (fixed == null) {
            return Words.all(rows);
        }
        long[] held = fixed.scan(rows);
        if (!and) {
            long[] all = Words.all(rows);
            for (int w = 0; w < held.length; w++) {
                held[w] = all[w] & ~held[w];
            }
        }
        return held;
    }

    /** Whether the fixed part leaves a row's verdict to the moving part. */
    boolean isOpen(int row) {
        return fixed == null || fixed.test(row) == and;
    }

    /** Whether a row is a member, given whether it is {@link #isOpen(int) open}. */
    boolean test(int row, boolean open) {
        return negated != (open ? moving.test(row) : !and);
    }
}
