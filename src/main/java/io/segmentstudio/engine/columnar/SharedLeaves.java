package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Predicate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Conditions that several segments share (the same attribute test, the same event count) compiled
 * once for all of them, each remembering its verdict on the last row of the current round: when one
 * profile is re-tested against a hundred segments, a shared event count walks the profile's events
 * once, not once per segment. Node ids do not matter to a verdict, so they are not part of the key.
 */
final class SharedLeaves {
    private final Map<Object, Memo> leaves = new HashMap<>();
    private final Map<Object, MatchingEvents> matching = new HashMap<>();
    private long round;

    /** Starts a new round: verdicts remembered so far are for rows (or data) of the past. */
    void nextRound() {
        round++;
    }

    RowSet predicate(Predicate predicate, Supplier<RowSet> compile) {
        return leaves.computeIfAbsent(List.of("predicate", predicate.attribute(), predicate.operator(),
                predicate.operand(), predicate.text()), key -> new Memo(compile.get()));
    }

    RowSet event(EventCondition event, Supplier<RowSet> compile) {
        return leaves.computeIfAbsent(List.of("event", event.eventType(), filters(event), event.window(), event.count(),
                event.aggregate()), key -> new Memo(compile.get()));
    }

    /** The events that conditions of the same type and filters count, whatever their window, count or aggregate. */
    MatchingEvents matching(EventCondition event, Supplier<MatchingEvents> gather) {
        return matching.computeIfAbsent(List.of(event.eventType(), filters(event)), key -> gather.get());
    }

    private static List<Object> filters(EventCondition event) {
        return event.filters().stream().<Object>map(f -> List.of(f.attribute(), f.operator(), f.operand(), f.text())).toList();
    }

    /** A leaf that remembers its one-row verdict within a round; scans are passed straight through. */
    private final class Memo implements RowSet {
        private final RowSet leaf;
        private long seenRound = -1;
        private int seenRow;
        private boolean seen;

        Memo(RowSet leaf) {
            this.leaf = leaf;
        }

        @Override
        public void into(long[] mask, long[] out) {
            leaf.into(mask, out);
        }

        @Override
        public boolean test(int row) {
            if (seenRound != round || seenRow != row) {
                seen = leaf.test(row);
                seenRound = round;
                seenRow = row;
            }
            return seen;
        }
    }
}
