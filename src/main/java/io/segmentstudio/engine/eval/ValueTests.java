package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.CalendarRanges;
import java.util.function.Predicate;

/**
 * The evaluator's test of one value, for other engines that must give the same answers: the columnar
 * engine runs it once per distinct value of a dictionary-coded column, and on values it has no
 * specialised loop for, so both engines share one implementation of every operator's semantics.
 */
public final class ValueTests {
    private final ValueMatchers matchers;

    public ValueTests(AsOf asOf) {
        this.matchers = new ValueMatchers(new CalendarRanges(asOf), new Display(asOf.zone()));
    }

    /**
     * A test of a value (null = missing) of the given type, negative operators included.
     *
     * @throws IllegalArgumentException when the operator or operand does not fit the type
     */
    public Predicate<Object> of(AttributeType type, Operator operator, Operand operand, TextOptions text) {
        return matchers.create(type, operator, operand, text)::matches;
    }
}
