package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.EventCondition;
import java.math.BigDecimal;

/**
 * An event condition: for each profile, counts its events of the type, in the window (epoch
 * microseconds) and meeting every property filter, then compares the count and the optional
 * aggregate exactly as semantics.md says (an aggregate over no values is missing, hence false).
 */
final class EventConditionRows extends RowByRow {
    private final EventTable events;
    private final int type;
    private final LongRange window;
    private final RowSet filters;
    private final LongRange count;
    private final Aggregate aggregate;

    /** The optional aggregate over a numeric property column of the events. */
    record Aggregate(EventCondition.Function function, Column property, Comparison comparison) {
    }

    /**
     * @param type      the event type's code, -1 when no event has it (every count is then 0)
     * @param filters   over event rows, null when there are none
     * @param aggregate null when there is none
     */
    EventConditionRows(EventTable events, int type, LongRange window, RowSet filters, LongRange count,
                       Aggregate aggregate) {
        this.events = events;
        this.type = type;
        this.window = window;
        this.filters = filters;
        this.count = count;
        this.aggregate = aggregate;
    }

    @Override
    public boolean test(int row) {
        Accumulator values = aggregate == null ? null : new Accumulator();
        long matching = 0;
        if (type >= 0) {
            for (int e = events.first(row); e >= 0; e = events.next(row, e)) {
                if (events.type(e) == type && window.contains(events.at(e)) && (filters == null || filters.test(e))) {
                    matching++;
                    if (values != null) {
                        values.add(aggregate.property().value(e));
                    }
                }
            }
        }
        return count.contains(matching) && (values == null || values.satisfies(aggregate));
    }

    /** Exact running sum, minimum and maximum of the non-missing values (BigDecimal: money stays exact). */
    private static final class Accumulator {
        private long n;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal min;
        private BigDecimal max;

        void add(Object value) {
            if (value == null) {
                return;
            }
            BigDecimal v = value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
            n++;
            sum = sum.add(v);
            min = min == null || v.compareTo(min) < 0 ? v : min;
            max = max == null || v.compareTo(max) > 0 ? v : max;
        }

        boolean satisfies(Aggregate aggregate) {
            if (n == 0) {
                return false;
            }
            Comparison c = aggregate.comparison();
            return switch (aggregate.function()) {
                case SUM -> c.test(sum);
                case MIN -> c.test(min);
                case MAX -> c.test(max);
                // sum / n ⋈ v  ⇔  sum ⋈ v·n (n > 0): exact, as the evaluator and the SQL compare it
                case AVG -> new Comparison(c.op(), c.value().multiply(BigDecimal.valueOf(n)),
                        c.upper() == null ? null : c.upper().multiply(BigDecimal.valueOf(n))).test(sum);
            };
        }
    }
}
