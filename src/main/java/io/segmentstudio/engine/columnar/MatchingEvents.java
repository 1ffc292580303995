package io.segmentstudio.engine.columnar;

import java.util.Arrays;

/**
 * A profile's events of one type that pass the property filters, gathered once and kept until another
 * profile is asked for or an event is added: event conditions that differ only in window, count or
 * aggregate (shared through {@link SharedLeaves}) then walk the profile's events once, and each
 * compares the gathered times in a tight loop.
 */
final class MatchingEvents {
    private final EventTable events;
    private final int type;
    private final RowSet filters;
    private long[] at = new long[16];
    private int[] rows = new int[16];
    private int count;
    private int gatheredRow = -1;
    private int gatheredSize = -1;

    /**
     * @param type    the event type's code, -1 when no event has it
     * @param filters over event rows, null when there are none
     */
    MatchingEvents(EventTable events, int type, RowSet filters) {
        this.events = events;
        this.type = type;
        this.filters = filters;
    }

    /** Gathers the profile's matching events (unless they are at hand); returns how many there are. */
    int gather(int row) {
        // events are only ever appended, so the table's size tells whether the gathered ones are current
        int size = events.size();
        if (row == gatheredRow && size == gatheredSize) {
            return count;
        }
        count = 0;
        if (type >= 0) {
            for (int e = events.first(row); e >= 0; e = events.next(row, e)) {
                if (events.type(e) == type && (filters == null || filters.test(e))) {
                    if (count == at.length) {
                        at = Arrays.copyOf(at, count * 2);
                        rows = Arrays.copyOf(rows, count * 2);
                    }
                    at[count] = events.at(e);
                    rows[count++] = e;
                }
            }
        }
        gatheredRow = row;
        gatheredSize = size;
        return count;
    }

    /** The time (epoch microseconds) of the i-th gathered event. */
    long at(int i) {
        return at[i];
    }

    /** The event row of the i-th gathered event. */
    int event(int i) {
        return rows[i];
    }
}
