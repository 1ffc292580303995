package io.segmentstudio.engine.eval;

import static io.segmentstudio.domain.rule.Operator.AFTER;
import static io.segmentstudio.domain.rule.Operator.ANNIVERSARY;
import static io.segmentstudio.domain.rule.Operator.BEFORE;
import static io.segmentstudio.domain.rule.Operator.BETWEEN;
import static io.segmentstudio.domain.rule.Operator.IN_LAST;
import static io.segmentstudio.domain.rule.Operator.IN_NEXT;
import static io.segmentstudio.domain.rule.Operator.MORE_THAN_AGO;
import static io.segmentstudio.domain.rule.Operator.NOT_BETWEEN;
import static io.segmentstudio.domain.rule.Operator.ON;
import static io.segmentstudio.engine.eval.EvalFixtures.asOf;
import static io.segmentstudio.engine.eval.EvalFixtures.days;
import static io.segmentstudio.engine.eval.EvalFixtures.matches;
import static io.segmentstudio.engine.eval.EvalFixtures.predicate;
import static io.segmentstudio.engine.eval.EvalFixtures.profile;
import static io.segmentstudio.engine.eval.EvalFixtures.range;
import static io.segmentstudio.engine.eval.EvalFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TimeUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Timestamps against calendar days in Europe/Berlin, including the daylight-saving days: 2026-03-29 has 23
 * hours (starts 2026-03-28T23:00Z, ends 2026-03-29T22:00Z), 2026-10-25 has 25 (starts 2026-10-24T22:00Z,
 * ends 2026-10-25T23:00Z).
 */
class EvaluatorTimestampTest {
    /** As-of 2026-03-30 12:00 in Berlin (CEST). */
    private static final String AFTER_SPRING = "2026-03-30T10:00:00Z";
    /** As-of 2026-10-25 23:30 in Berlin (CET), the last half hour of the 25-hour day. */
    private static final String END_OF_AUTUMN_DAY = "2026-10-25T22:30:00Z";

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // on the 23-hour day
                row(AFTER_SPRING, ON, single(d("2026-03-29")), "2026-03-28T23:00:00Z", true),
                row(AFTER_SPRING, ON, single(d("2026-03-29")), "2026-03-28T22:59:59.999999999Z", false),
                row(AFTER_SPRING, ON, single(d("2026-03-29")), "2026-03-29T21:59:59.999999999Z", true),
                row(AFTER_SPRING, ON, single(d("2026-03-29")), "2026-03-29T22:00:00Z", false),
                row(AFTER_SPRING, ON, single(d("2026-03-29")), null, false),
                // on the 25-hour day
                row(AFTER_SPRING, ON, single(d("2026-10-25")), "2026-10-24T22:00:00Z", true),
                row(AFTER_SPRING, ON, single(d("2026-10-25")), "2026-10-24T21:59:59Z", false),
                row(AFTER_SPRING, ON, single(d("2026-10-25")), "2026-10-25T22:59:59Z", true),
                row(AFTER_SPRING, ON, single(d("2026-10-25")), "2026-10-25T23:00:00Z", false),
                // before and after are strict on whole days
                row(AFTER_SPRING, BEFORE, single(d("2026-03-29")), "2026-03-28T22:59:59Z", true),
                row(AFTER_SPRING, BEFORE, single(d("2026-03-29")), "2026-03-28T23:00:00Z", false),
                row(AFTER_SPRING, AFTER, single(d("2026-03-29")), "2026-03-29T22:00:00Z", true),
                row(AFTER_SPRING, AFTER, single(d("2026-03-29")), "2026-03-29T21:59:59Z", false),
                // between whole days, both included
                row(AFTER_SPRING, BETWEEN, range(d("2026-03-29"), d("2026-10-25")), "2026-03-28T23:00:00Z", true),
                row(AFTER_SPRING, BETWEEN, range(d("2026-03-29"), d("2026-10-25")), "2026-10-25T22:59:59Z", true),
                row(AFTER_SPRING, BETWEEN, range(d("2026-03-29"), d("2026-10-25")), "2026-10-25T23:00:00Z", false),
                row(AFTER_SPRING, NOT_BETWEEN, range(d("2026-03-29"), d("2026-10-25")), null, true),
                row(AFTER_SPRING, NOT_BETWEEN, range(d("2026-03-29"), d("2026-10-25")), "2026-03-28T22:00:00Z", true),
                // in_last 1 day: from the start of 2026-03-29 up to and including the as-of instant
                row(AFTER_SPRING, IN_LAST, days(1), "2026-03-28T23:00:00Z", true),
                row(AFTER_SPRING, IN_LAST, days(1), "2026-03-28T22:59:59Z", false),
                row(AFTER_SPRING, IN_LAST, days(1), AFTER_SPRING, true),
                row(AFTER_SPRING, IN_LAST, days(1), "2026-03-30T10:00:00.000000001Z", false),
                row(AFTER_SPRING, IN_LAST, days(0), "2026-03-29T22:00:00Z", true),
                row(AFTER_SPRING, IN_LAST, days(0), "2026-03-29T21:59:59Z", false),
                // in_last over the 25-hour day, as of its last half hour
                row(END_OF_AUTUMN_DAY, IN_LAST, days(0), "2026-10-24T22:00:00Z", true),
                row(END_OF_AUTUMN_DAY, IN_LAST, days(0), "2026-10-24T21:59:59Z", false),
                row(END_OF_AUTUMN_DAY, IN_LAST, days(0), "2026-10-25T22:30:00Z", true),
                row(END_OF_AUTUMN_DAY, IN_LAST, days(0), "2026-10-25T22:30:01Z", false),
                // more_than_ago: strictly before the start of day (as-of day − N)
                row(AFTER_SPRING, MORE_THAN_AGO, days(1), "2026-03-28T22:59:59Z", true),
                row(AFTER_SPRING, MORE_THAN_AGO, days(1), "2026-03-28T23:00:00Z", false),
                // in_next: from the as-of instant to the end of day (as-of day + N)
                row(AFTER_SPRING, IN_NEXT, days(0), "2026-03-30T09:59:59Z", false),
                row(AFTER_SPRING, IN_NEXT, days(0), AFTER_SPRING, true),
                row(AFTER_SPRING, IN_NEXT, days(0), "2026-03-30T21:59:59Z", true),
                row(AFTER_SPRING, IN_NEXT, days(0), "2026-03-30T22:00:00Z", false),
                row(END_OF_AUTUMN_DAY, IN_NEXT, days(1), "2026-10-26T22:59:59Z", true),
                row(END_OF_AUTUMN_DAY, IN_NEXT, days(1), "2026-10-26T23:00:00Z", false),
                // months on timestamps: 31 March − 1 month starts at 28 February 00:00 in Berlin
                row("2026-03-31T10:00:00Z", IN_LAST, new Operand.Relative(1, TimeUnit.MONTHS), "2026-02-27T23:00:00Z", true),
                row("2026-03-31T10:00:00Z", IN_LAST, new Operand.Relative(1, TimeUnit.MONTHS), "2026-02-27T22:59:59Z", false),
                // anniversary of a timestamp is on its day in the workspace zone, not in UTC
                row(END_OF_AUTUMN_DAY, ANNIVERSARY, days(0), "2020-10-25T22:30:00Z", true),
                row(END_OF_AUTUMN_DAY, ANNIVERSARY, days(0), "2020-10-25T23:30:00Z", false),
                row(END_OF_AUTUMN_DAY, ANNIVERSARY, days(1), "2020-10-25T23:30:00Z", true),
                row("2026-02-28T10:00:00Z", ANNIVERSARY, days(0), "2000-02-29T12:00:00Z", true),
                // 2000-02-28T23:30Z is 29 February in Berlin: not on 28 February of a leap year, but on the 29th
                row("2028-02-28T10:00:00Z", ANNIVERSARY, days(0), "2000-02-28T23:30:00Z", false),
                row("2028-02-29T10:00:00Z", ANNIVERSARY, days(0), "2000-02-28T23:30:00Z", true));
    }

    private static Arguments row(String asOf, Operator operator, Operand operand, String value, boolean expected) {
        return Arguments.of(asOf, operator, operand, value, expected);
    }

    @ParameterizedTest(name = "[{index}] as of {0}: {3} {1} {2} → {4}")
    @MethodSource("cases")
    void comparesInstantsThroughWorkspaceDays(String asOf, Operator operator, Operand operand, String value,
                                              boolean expected) {
        Object instant = value == null ? null : Instant.parse(value);
        assertThat(matches(predicate("last_seen", operator, operand), asOf(asOf), profile("last_seen", instant)))
                .isEqualTo(expected);
    }
}
