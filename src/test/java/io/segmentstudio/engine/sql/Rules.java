package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A terse way to write rules in tests; node ids are numbered, they do not reach the SQL. */
final class Rules {
    private static final AtomicInteger IDS = new AtomicInteger();

    private Rules() {
    }

    /** A predicate whose operand shape follows the operator: none, one value, two bounds, a list, or (amount, unit). */
    static Predicate is(String attribute, Operator operator, Object... values) {
        return new Predicate(id(), attribute, operator, operand(operator, values));
    }

    static Predicate is(String attribute, Operator operator, TextOptions text, Object... values) {
        return new Predicate(id(), attribute, operator, operand(operator, values), text, false);
    }

    static Group and(Condition... children) {
        return Group.and(id(), List.of(children));
    }

    static Group or(Condition... children) {
        return Group.or(id(), List.of(children));
    }

    static Group not(Group group) {
        return new Group(group.id(), group.combinator(), true, false, group.children());
    }

    static EventCondition event(String type, TimeWindow window, Comparison count, Predicate... filters) {
        return new EventCondition(id(), type, List.of(filters), window, count, Optional.empty(), false);
    }

    static EventCondition event(String type, TimeWindow window, Comparison count, EventCondition.Function function,
                                String property, Comparison comparison, Predicate... filters) {
        return new EventCondition(id(), type, List.of(filters), window, count,
                Optional.of(new EventCondition.Aggregate(function, property, comparison)), false);
    }

    static Comparison compare(Comparison.Op op, String value) {
        return new Comparison(op, new BigDecimal(value), null);
    }

    static Comparison between(String low, String high) {
        return new Comparison(Comparison.Op.BETWEEN, new BigDecimal(low), new BigDecimal(high));
    }

    static TimeWindow last(long amount, TimeUnit unit) {
        return new TimeWindow.Last(amount, unit);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static LocalDate day(String value) {
        return LocalDate.parse(value);
    }

    private static Operand operand(Operator operator, Object... values) {
        return switch (operator.operand()) {
            case NONE -> Operand.NONE;
            case SINGLE -> new Operand.Single(Value.of(values[0]));
            case RANGE -> new Operand.Range(Value.of(values[0]), Value.of(values[1]));
            case LIST -> new Operand.ValueList(Arrays.stream(values).map(Value::of).toList());
            case RELATIVE -> new Operand.Relative(((Number) values[0]).longValue(), (TimeUnit) values[1]);
        };
    }

    private static String id() {
        return "n" + IDS.incrementAndGet();
    }
}
