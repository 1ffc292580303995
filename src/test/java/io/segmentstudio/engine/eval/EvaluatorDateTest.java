package io.segmentstudio.engine.eval;

import static io.segmentstudio.domain.rule.Operator.AFTER;
import static io.segmentstudio.domain.rule.Operator.ANNIVERSARY;
import static io.segmentstudio.domain.rule.Operator.BEFORE;
import static io.segmentstudio.domain.rule.Operator.BETWEEN;
import static io.segmentstudio.domain.rule.Operator.EQUALS;
import static io.segmentstudio.domain.rule.Operator.IN;
import static io.segmentstudio.domain.rule.Operator.IN_LAST;
import static io.segmentstudio.domain.rule.Operator.IN_NEXT;
import static io.segmentstudio.domain.rule.Operator.MORE_THAN_AGO;
import static io.segmentstudio.domain.rule.Operator.NOT_BETWEEN;
import static io.segmentstudio.domain.rule.Operator.NOT_EQUALS;
import static io.segmentstudio.domain.rule.Operator.NOT_IN;
import static io.segmentstudio.domain.rule.Operator.ON;
import static io.segmentstudio.engine.eval.EvalFixtures.asOf;
import static io.segmentstudio.engine.eval.EvalFixtures.days;
import static io.segmentstudio.engine.eval.EvalFixtures.list;
import static io.segmentstudio.engine.eval.EvalFixtures.matches;
import static io.segmentstudio.engine.eval.EvalFixtures.predicate;
import static io.segmentstudio.engine.eval.EvalFixtures.profile;
import static io.segmentstudio.engine.eval.EvalFixtures.range;
import static io.segmentstudio.engine.eval.EvalFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.RuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Date attributes: calendar days against the as-of day, month arithmetic, 29 February anniversaries. */
class EvaluatorDateTest {
    /** As-of day 2026-10-15 in Berlin. */
    private static final String MID_OCTOBER = "2026-10-15T10:00:00Z";

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static Operand months(long amount) {
        return new Operand.Relative(amount, TimeUnit.MONTHS);
    }

    private static Operand weeks(long amount) {
        return new Operand.Relative(amount, TimeUnit.WEEKS);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row(MID_OCTOBER, EQUALS, single(d("2026-10-02")), "2026-10-02", true),
                row(MID_OCTOBER, EQUALS, single(d("2026-10-02")), "2026-10-03", false),
                row(MID_OCTOBER, EQUALS, single(d("2026-10-02")), null, false),
                row(MID_OCTOBER, NOT_EQUALS, single(d("2026-10-02")), null, true),
                row(MID_OCTOBER, IN, list(d("2026-10-02"), d("2024-02-29")), "2024-02-29", true),
                row(MID_OCTOBER, NOT_IN, list(d("2026-10-02")), null, true),
                row(MID_OCTOBER, ON, single(d("2026-10-02")), "2026-10-02", true),
                row(MID_OCTOBER, ON, single(d("2026-10-02")), "2026-10-01", false),
                // before and after are strict
                row(MID_OCTOBER, BEFORE, single(d("2026-10-02")), "2026-10-01", true),
                row(MID_OCTOBER, BEFORE, single(d("2026-10-02")), "2026-10-02", false),
                row(MID_OCTOBER, BEFORE, single(d("2026-10-02")), null, false),
                row(MID_OCTOBER, AFTER, single(d("2026-10-02")), "2026-10-03", true),
                row(MID_OCTOBER, AFTER, single(d("2026-10-02")), "2026-10-02", false),
                // between includes both days
                row(MID_OCTOBER, BETWEEN, range(d("2026-10-01"), d("2026-10-31")), "2026-10-01", true),
                row(MID_OCTOBER, BETWEEN, range(d("2026-10-01"), d("2026-10-31")), "2026-10-31", true),
                row(MID_OCTOBER, BETWEEN, range(d("2026-10-01"), d("2026-10-31")), "2026-11-01", false),
                row(MID_OCTOBER, NOT_BETWEEN, range(d("2026-10-01"), d("2026-10-31")), "2026-09-30", true),
                row(MID_OCTOBER, NOT_BETWEEN, range(d("2026-10-01"), d("2026-10-31")), null, true),
                // in_last N days: [as-of day − N, as-of day]
                row(MID_OCTOBER, IN_LAST, days(30), "2026-09-15", true),
                row(MID_OCTOBER, IN_LAST, days(30), "2026-09-14", false),
                row(MID_OCTOBER, IN_LAST, days(30), "2026-10-15", true),
                row(MID_OCTOBER, IN_LAST, days(30), "2026-10-16", false),
                row(MID_OCTOBER, IN_LAST, days(0), "2026-10-15", true),
                row(MID_OCTOBER, IN_LAST, weeks(1), "2026-10-08", true),
                row(MID_OCTOBER, IN_LAST, weeks(1), "2026-10-07", false),
                // more_than_ago N days: strictly before as-of day − N
                row(MID_OCTOBER, MORE_THAN_AGO, days(30), "2026-09-14", true),
                row(MID_OCTOBER, MORE_THAN_AGO, days(30), "2026-09-15", false),
                row(MID_OCTOBER, MORE_THAN_AGO, days(30), null, false),
                // in_next N days: [as-of day, as-of day + N]
                row(MID_OCTOBER, IN_NEXT, days(7), "2026-10-15", true),
                row(MID_OCTOBER, IN_NEXT, days(7), "2026-10-22", true),
                row(MID_OCTOBER, IN_NEXT, days(7), "2026-10-23", false),
                row(MID_OCTOBER, IN_NEXT, days(7), "2026-10-14", false),
                // the as-of day is the day in the workspace zone: 23:30 UTC on the 14th is the 15th in Berlin
                row("2026-10-14T23:30:00Z", IN_LAST, days(0), "2026-10-15", true),
                row("2026-10-14T23:30:00Z", IN_LAST, days(0), "2026-10-14", false),
                // calendar months: 31 March − 1 month is 28 February (29 in leap years)
                row("2026-03-31T10:00:00Z", IN_LAST, months(1), "2026-02-28", true),
                row("2026-03-31T10:00:00Z", IN_LAST, months(1), "2026-02-27", false),
                row("2028-03-31T10:00:00Z", IN_LAST, months(1), "2028-02-29", true),
                row("2028-03-31T10:00:00Z", IN_LAST, months(1), "2028-02-28", false),
                row("2026-03-31T10:00:00Z", MORE_THAN_AGO, months(1), "2026-02-27", true),
                row("2026-03-31T10:00:00Z", MORE_THAN_AGO, months(1), "2026-02-28", false),
                row("2026-01-31T10:00:00Z", IN_NEXT, months(1), "2026-02-28", true),
                row("2026-01-31T10:00:00Z", IN_NEXT, months(1), "2026-03-01", false),
                // anniversary: day and month N days after the as-of day
                row(MID_OCTOBER, ANNIVERSARY, days(0), "1990-10-15", true),
                row(MID_OCTOBER, ANNIVERSARY, days(0), "1990-10-16", false),
                row(MID_OCTOBER, ANNIVERSARY, days(0), null, false),
                row(MID_OCTOBER, ANNIVERSARY, days(7), "1990-10-22", true),
                row("2026-12-31T10:00:00Z", ANNIVERSARY, days(1), "1990-01-01", true),
                // 29 February: on 28 February in common years, on 29 February in leap years
                row("2026-02-28T10:00:00Z", ANNIVERSARY, days(0), "2000-02-29", true),
                row("2026-02-28T10:00:00Z", ANNIVERSARY, days(0), "1999-02-28", true),
                row("2026-02-27T10:00:00Z", ANNIVERSARY, days(1), "2000-02-29", true),
                row("2026-03-01T10:00:00Z", ANNIVERSARY, days(0), "2000-02-29", false),
                row("2028-02-28T10:00:00Z", ANNIVERSARY, days(0), "2000-02-29", false),
                row("2028-02-28T10:00:00Z", ANNIVERSARY, days(0), "1999-02-28", true),
                row("2028-02-29T10:00:00Z", ANNIVERSARY, days(0), "2000-02-29", true),
                row("2028-02-29T10:00:00Z", ANNIVERSARY, days(0), "1999-02-28", false));
    }

    private static Arguments row(String asOf, Operator operator, Operand operand, String value, boolean expected) {
        return Arguments.of(asOf, operator, operand, value, expected);
    }

    @ParameterizedTest(name = "[{index}] as of {0}: {3} {1} {2} → {4}")
    @MethodSource("cases")
    void comparesCalendarDays(String asOf, Operator operator, Operand operand, String value, boolean expected) {
        AsOf at = asOf(asOf);
        Object day = value == null ? null : d(value);
        assertThat(matches(predicate("birthday", operator, operand), at, profile("birthday", day))).isEqualTo(expected);
    }

    @Test
    void anAnniversaryInWeeksIsRefusedRatherThanCountedAsDays() {
        assertThatThrownBy(() -> matches(predicate("birthday", ANNIVERSARY, weeks(1)), profile("birthday", d("2000-01-01"))))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("anniversary takes a number of days");
    }

    @Test
    void aTimestampOperandForADateIsARuleErrorNamingTheNode() {
        assertThatThrownBy(() -> matches(predicate("birthday", BEFORE, single(Instant.parse("2026-01-01T00:00:00Z"))),
                profile("birthday", d("2000-01-01"))))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("expected a date")
                .extracting(e -> ((RuleException) e).nodeId()).isEqualTo("p1");
    }

    @Test
    void anInstantInADateAttributeIsADataError() {
        assertThatThrownBy(() -> matches(predicate("birthday", IN_LAST, days(3)),
                profile("birthday", Instant.parse("2026-10-14T00:00:00Z"))))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("holds a Instant");
    }
}
