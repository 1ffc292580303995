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
    private final MatchingEvents matching;
    private final long windowLow;
    private final long windowHigh;
    private final LongRange count;
    private final Aggregate aggregate;

    /** The optional aggregate over a numeric property column of the events. */
    record Aggregate(EventCondition.Function function, Column property, Comparison comparison) {
    }

    /**
     * @param matching  the events of the condition's type that pass its filters
     * @param aggregate null when there is none
     */
    EventConditionRows(MatchingEvents matching, LongRange window, LongRange count, Aggregate aggregate) {
        this.matching = matching;
        this.windowLow = window.low();
        this.windowHigh = window.high();
        this.count = count;
        this.aggregate = aggregate;
    }

    @Override
    public boolean test(int row) {
        int gathered = matching.gather(row);
        Accumulator values = aggregate == null ? null : new Accumulator();
        long matches = 0;
        for (int i = 0; i < gathered; i++) {
            long at = matching.at(i);
            if (at >= windowLow && at <= windowHigh) {
                matches++;
                if (values != null) {
                    values.add(aggregate.property().value(matching.event(i)));
                }
            }
        }
        return count.contains(matches) && (values == null || values.satisfies(aggregate));
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
