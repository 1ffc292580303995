package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.EventCondition;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The optional aggregate of an event condition: sum, avg, min or max of a numeric property over the
 * matching events' non-missing values, compared exactly. Over no values it is missing, so false.
 */
final class EventAggregate {
    private final EventCondition.Function function;
    private final String property;
    private final Comparison comparison;

    EventAggregate(EventCondition.Aggregate aggregate) {
        this.function = aggregate.function();
        this.property = aggregate.property();
        this.comparison = aggregate.comparison();
    }

    String property() {
        return property;
    }

    Accumulator start() {
        return new Accumulator();
    }

    boolean satisfied(Accumulator values) {
        if (values.count == 0) {
            return false;
        }
        if (function == EventCondition.Function.AVG) {
            // sum / n ⋈ v  ⇔  sum ⋈ v·n (n > 0): exact, no rounded division, as the SQL compiler writes it.
            BigDecimal n = BigDecimal.valueOf(values.count);
            Comparison scaled = new Comparison(comparison.op(), comparison.value().multiply(n),
                    comparison.upper() == null ? null : comparison.upper().multiply(n));
            return scaled.test(values.sum);
        }
        return comparison.test(values.result(function));
    }

    String label() {
        return function.key() + "(" + property + ")";
    }

    String actual(Accumulator values) {
        if (values.count == 0) {
            return label() + " missing (no values)";
        }
        if (function == EventCondition.Function.AVG) {
            // Shown rounded; the comparison above stays exact.
            BigDecimal avg = values.sum.divide(BigDecimal.valueOf(values.count), MathContext.DECIMAL64);
            return label() + " = " + avg.stripTrailingZeros().toPlainString() + " (" + values.sum.toPlainString()
                    + " / " + values.count + ")";
        }
        return label() + " = " + values.result(function).toPlainString();
    }

    Comparison comparison() {
        return comparison;
    }

    /** Running sum, count, minimum and maximum of the non-missing values seen so far. */
    static final class Accumulator {
        private long count;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal min;
        private BigDecimal max;

        void add(BigDecimal value) {
            count++;
            sum = sum.add(value);
            min = min == null || value.compareTo(min) < 0 ? value : min;
            max = max == null || value.compareTo(max) > 0 ? value : max;
        }

        private BigDecimal result(EventCondition.Function function) {
            return switch (function) {
                case SUM -> sum;
                case MIN -> min;
                case MAX -> max;
                case AVG -> throw new IllegalStateException("avg is compared as a scaled sum");
            };
        }
    }
}
