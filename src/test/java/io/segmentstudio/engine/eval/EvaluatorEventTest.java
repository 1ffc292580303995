package io.segmentstudio.engine.eval;

import static io.segmentstudio.engine.eval.EvalFixtures.event;
import static io.segmentstudio.engine.eval.EvalFixtures.matches;
import static io.segmentstudio.engine.eval.EvalFixtures.single;
import static io.segmentstudio.engine.eval.EvalFixtures.withEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.engine.RuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Event conditions as of 2026-10-15T10:00Z (12:00 in Berlin): counts in windows at their exact
 * boundaries, filters, counts that accept zero, aggregates over no events.
 */
class EvaluatorEventTest {
    private static EventCondition purchases(TimeWindow window, Comparison count, List<Predicate> filters) {
        return new EventCondition("e1", "purchase", filters, window, count, Optional.empty(), false);
    }

    private static EventCondition purchases(TimeWindow window) {
        return purchases(window, null, List.of());
    }

    private static EventCondition aggregate(EventCondition.Function function, Comparison comparison, Comparison count) {
        return new EventCondition("e1", "purchase", List.of(), TimeWindow.EVER, count,
                Optional.of(new EventCondition.Aggregate(function, "amount", comparison)), false);
    }

    private static Comparison cmp(Comparison.Op op, String value) {
        return new Comparison(op, new BigDecimal(value), null);
    }

    private static Event purchase(String at, Object... properties) {
        return event("purchase", at, properties);
    }

    private static Event paid(String amount) {
        return purchase("2026-10-01T10:00:00Z", "amount", amount == null ? null : new BigDecimal(amount));
    }

    @Nested
    class Windows {
        @Test
        void everCountsAtLeastOneEventOfTheType() {
            assertThat(matches(purchases(TimeWindow.EVER), withEvents())).isFalse();
            assertThat(matches(purchases(TimeWindow.EVER), withEvents(event("view", "2026-10-01T00:00:00Z")))).isFalse();
            assertThat(matches(purchases(TimeWindow.EVER), withEvents(purchase("1999-01-01T00:00:00Z")))).isTrue();
        }

        @Test
        void eventsAfterTheAsOfInstantNeverCount() {
            assertThat(matches(purchases(TimeWindow.EVER), withEvents(purchase("2026-10-15T10:00:00Z")))).isTrue();
            assertThat(matches(purchases(TimeWindow.EVER), withEvents(purchase("2026-10-15T10:00:00.001Z")))).isFalse();
            TimeWindow thisMonth = new TimeWindow.Between(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));
            assertThat(matches(purchases(thisMonth), withEvents(purchase("2026-10-20T10:00:00Z")))).isFalse();
            TimeWindow nextYear = new TimeWindow.Before(LocalDate.parse("2027-01-01"));
            assertThat(matches(purchases(nextYear), withEvents(purchase("2026-10-15T10:00:01Z")))).isFalse();
            TimeWindow afterSummer = new TimeWindow.After(LocalDate.parse("2026-08-31"));
            assertThat(matches(purchases(afterSummer), withEvents(purchase("2026-10-15T10:00:01Z")))).isFalse();
        }

        @Test
        void lastNDaysStartsExactlyAtTheStartOfTheFirstDayInTheWorkspaceZone() {
            // Start of 2026-10-08 in Berlin (CEST) is 2026-10-07T22:00Z.
            TimeWindow lastWeek = new TimeWindow.Last(7, TimeUnit.DAYS);
            assertThat(matches(purchases(lastWeek), withEvents(purchase("2026-10-07T22:00:00Z")))).isTrue();
            assertThat(matches(purchases(lastWeek), withEvents(purchase("2026-10-07T21:59:59.999Z")))).isFalse();
            assertThat(matches(purchases(lastWeek), withEvents(purchase("2026-10-15T10:00:00Z")))).isTrue();
        }

        @Test
        void betweenBeforeAndAfterCutAtDayStarts() {
            TimeWindow september = new TimeWindow.Between(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"));
            assertThat(matches(purchases(september), withEvents(purchase("2026-08-31T22:00:00Z")))).isTrue();
            assertThat(matches(purchases(september), withEvents(purchase("2026-08-31T21:59:59Z")))).isFalse();
            assertThat(matches(purchases(september), withEvents(purchase("2026-09-30T21:59:59Z")))).isTrue();
            assertThat(matches(purchases(september), withEvents(purchase("2026-09-30T22:00:00Z")))).isFalse();
            TimeWindow beforeOctober = new TimeWindow.Before(LocalDate.parse("2026-10-01"));
            assertThat(matches(purchases(beforeOctober), withEvents(purchase("2026-09-30T21:59:59Z")))).isTrue();
            assertThat(matches(purchases(beforeOctober), withEvents(purchase("2026-09-30T22:00:00Z")))).isFalse();
            TimeWindow afterSeptember = new TimeWindow.After(LocalDate.parse("2026-09-30"));
            assertThat(matches(purchases(afterSeptember), withEvents(purchase("2026-09-30T22:00:00Z")))).isTrue();
            assertThat(matches(purchases(afterSeptember), withEvents(purchase("2026-09-30T21:59:59Z")))).isFalse();
        }
    }

    @Nested
    class Counts {
        private final Event one = purchase("2026-10-01T10:00:00Z");
        private final Event two = purchase("2026-10-02T10:00:00Z");
        private final Event three = purchase("2026-10-03T10:00:00Z");

        @Test
        void countConditionsThatAcceptZeroIncludeProfilesWithoutEvents() {
            Comparison atMostTwo = cmp(Comparison.Op.AT_MOST, "2");
            assertThat(matches(purchases(TimeWindow.EVER, atMostTwo, List.of()), withEvents())).isTrue();
            assertThat(matches(purchases(TimeWindow.EVER, atMostTwo, List.of()), withEvents(one, two))).isTrue();
            assertThat(matches(purchases(TimeWindow.EVER, atMostTwo, List.of()), withEvents(one, two, three))).isFalse();
            Comparison none = cmp(Comparison.Op.EQUALS, "0");
            assertThat(matches(purchases(TimeWindow.EVER, none, List.of()), withEvents())).isTrue();
            assertThat(matches(purchases(TimeWindow.EVER, none, List.of()), withEvents(event("view", "2026-10-01T00:00:00Z"))))
                    .isTrue();
            assertThat(matches(purchases(TimeWindow.EVER, none, List.of()), withEvents(one))).isFalse();
        }

        @Test
        void comparisonsOnTheCount() {
            Comparison twoToThree = new Comparison(Comparison.Op.BETWEEN, BigDecimal.valueOf(2), BigDecimal.valueOf(3));
            assertThat(matches(purchases(TimeWindow.EVER, twoToThree, List.of()), withEvents(one))).isFalse();
            assertThat(matches(purchases(TimeWindow.EVER, twoToThree, List.of()), withEvents(one, two))).isTrue();
            assertThat(matches(purchases(TimeWindow.EVER, twoToThree, List.of()), withEvents(one, two, three))).isTrue();
            Comparison moreThanTwo = cmp(Comparison.Op.GREATER_THAN, "2");
            assertThat(matches(purchases(TimeWindow.EVER, moreThanTwo, List.of()), withEvents(one, two))).isFalse();
            assertThat(matches(purchases(TimeWindow.EVER, moreThanTwo, List.of()), withEvents(one, two, three))).isTrue();
        }
    }

    @Nested
    class Filters {
        private final Predicate shoes = new Predicate("f1", "category", Operator.EQUALS, single("shoes"));
        private final Predicate overTen = new Predicate("f2", "amount", Operator.GREATER_THAN, single(10L));

        @Test
        void everyFilterMustHoldWithTheSameSemanticsAsPredicates() {
            EventCondition condition = purchases(TimeWindow.EVER, Comparison.atLeast(2), List.of(shoes, overTen));
            Event cheapShoes = purchase("2026-10-01T00:00:00Z", "category", "Shoes", "amount", new BigDecimal("9.99"));
            Event dearShoes = purchase("2026-10-02T00:00:00Z", "category", " SHOES ", "amount", new BigDecimal("10.01"));
            Event dearHat = purchase("2026-10-03T00:00:00Z", "category", "hat", "amount", 100L);
            Event moreShoes = purchase("2026-10-04T00:00:00Z", "category", "shoes", "amount", 11L);
            assertThat(matches(condition, withEvents(cheapShoes, dearShoes, dearHat))).isFalse();
            assertThat(matches(condition, withEvents(cheapShoes, dearShoes, dearHat, moreShoes))).isTrue();
        }

        @Test
        void aNegativeFilterAcceptsEventsMissingTheProperty() {
            Predicate notShoes = new Predicate("f3", "category", Operator.NOT_EQUALS, single("shoes"));
            EventCondition condition = purchases(TimeWindow.EVER, null, List.of(notShoes));
            assertThat(matches(condition, withEvents(purchase("2026-10-01T00:00:00Z")))).isTrue();
            assertThat(matches(condition, withEvents(purchase("2026-10-01T00:00:00Z", "category", "shoes")))).isFalse();
        }

        @Test
        void anUnknownPropertyIsARuleError() {
            Predicate unknown = new Predicate("f4", "colour", Operator.IS_NULL, Operand.NONE);
            assertThatThrownBy(() -> matches(purchases(TimeWindow.EVER, null, List.of(unknown)), withEvents()))
                    .isInstanceOf(RuleException.class)
                    .hasMessageContaining("unknown event property 'colour'")
                    .extracting(e -> ((RuleException) e).nodeId()).isEqualTo("f4");
        }
    }

    @Nested
    class Aggregates {
        @Test
        void sumMinAndMaxOverTheMatchingEvents() {
            Event[] events = {paid("60"), paid("50.50"), paid(null)};
            assertThat(matches(aggregate(EventCondition.Function.SUM, cmp(Comparison.Op.AT_LEAST, "110.5"), null),
                    withEvents(events))).isTrue();
            assertThat(matches(aggregate(EventCondition.Function.SUM, cmp(Comparison.Op.GREATER_THAN, "110.5"), null),
                    withEvents(events))).isFalse();
            assertThat(matches(aggregate(EventCondition.Function.MIN, cmp(Comparison.Op.EQUALS, "50.5"), null),
                    withEvents(events))).isTrue();
            assertThat(matches(aggregate(EventCondition.Function.MAX, cmp(Comparison.Op.EQUALS, "60.00"), null),
                    withEvents(events))).isTrue();
        }

        @Test
        void overNoEventsOrOnlyMissingValuesTheAggregateIsMissingSoFalse() {
            Comparison atMostZero = cmp(Comparison.Op.AT_MOST, "0");
            for (EventCondition.Function function : EventCondition.Function.values()) {
                EventCondition condition = aggregate(function, atMostZero, atMostZero);
                assertThat(matches(condition, withEvents())).as(function.key()).isFalse();
                EventCondition anyCount = aggregate(function, atMostZero, cmp(Comparison.Op.AT_LEAST, "0"));
                assertThat(matches(anyCount, withEvents(paid(null)))).as(function.key()).isFalse();
            }
        }

        @Test
        void averageIsComparedExactlyOverNonMissingValues() {
            Event[] thirds = {paid("1"), paid("1"), paid("2")};
            assertThat(matches(aggregate(EventCondition.Function.AVG, cmp(Comparison.Op.GREATER_THAN,
                    "1.3333333333333333333333333"), null), withEvents(thirds))).isTrue();
            assertThat(matches(aggregate(EventCondition.Function.AVG, cmp(Comparison.Op.LESS_THAN,
                    "1.3333333333333333333333334"), null), withEvents(thirds))).isTrue();
            assertThat(matches(aggregate(EventCondition.Function.AVG, cmp(Comparison.Op.EQUALS,
                    "1.3333333333333333333333333"), null), withEvents(thirds))).isFalse();
            Event[] withMissing = {paid("10"), paid(null), paid("20")};
            assertThat(matches(aggregate(EventCondition.Function.AVG, cmp(Comparison.Op.EQUALS, "15"), null),
                    withEvents(withMissing))).isTrue();
            Comparison range = new Comparison(Comparison.Op.BETWEEN, new BigDecimal("14.5"), new BigDecimal("15"));
            assertThat(matches(aggregate(EventCondition.Function.AVG, range, null), withEvents(withMissing))).isTrue();
        }

        @Test
        void longsAndDecimalsAggregateTogether() {
            Event whole = purchase("2026-10-01T00:00:00Z", "amount", 5L);
            Event decimal = purchase("2026-10-02T00:00:00Z", "amount", new BigDecimal("0.25"));
            assertThat(matches(aggregate(EventCondition.Function.SUM, cmp(Comparison.Op.EQUALS, "5.25"), null),
                    withEvents(whole, decimal))).isTrue();
        }

        @Test
        void anAggregateNeedsANumericProperty() {
            EventCondition condition = new EventCondition("e1", "purchase", List.of(), TimeWindow.EVER, null,
                    Optional.of(new EventCondition.Aggregate(EventCondition.Function.SUM, "category",
                            Comparison.atLeast(1))), false);
            assertThatThrownBy(() -> matches(condition, withEvents()))
                    .isInstanceOf(RuleException.class)
                    .hasMessageContaining("sum needs a numeric property; 'category' is string");
        }

        @Test
        void aNonNumericValueIsADataError() {
            Event bad = purchase("2026-10-01T00:00:00Z", "amount", "12");
            assertThatThrownBy(() -> matches(aggregate(EventCondition.Function.SUM, Comparison.atLeast(1), null),
                    withEvents(bad)))
                    .isInstanceOf(RuleException.class)
                    .hasMessageContaining("'amount' of the purchase event at 2026-10-01T00:00:00Z of profile p holds a String");
        }
    }
}
