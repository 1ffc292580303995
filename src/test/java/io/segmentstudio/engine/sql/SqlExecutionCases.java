package io.segmentstudio.engine.sql;

import static io.segmentstudio.domain.rule.Operator.AFTER;
import static io.segmentstudio.domain.rule.Operator.ANNIVERSARY;
import static io.segmentstudio.domain.rule.Operator.BEFORE;
import static io.segmentstudio.domain.rule.Operator.BETWEEN;
import static io.segmentstudio.domain.rule.Operator.CONTAINS;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_ALL;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_ANY;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_NONE;
import static io.segmentstudio.domain.rule.Operator.ENDS_WITH;
import static io.segmentstudio.domain.rule.Operator.GREATER_OR_EQUAL;
import static io.segmentstudio.domain.rule.Operator.GREATER_THAN;
import static io.segmentstudio.domain.rule.Operator.IN;
import static io.segmentstudio.domain.rule.Operator.IN_LAST;
import static io.segmentstudio.domain.rule.Operator.IN_NEXT;
import static io.segmentstudio.domain.rule.Operator.IS_EMPTY;
import static io.segmentstudio.domain.rule.Operator.IS_FALSE;
import static io.segmentstudio.domain.rule.Operator.IS_NOT_EMPTY;
import static io.segmentstudio.domain.rule.Operator.IS_NOT_NULL;
import static io.segmentstudio.domain.rule.Operator.IS_NULL;
import static io.segmentstudio.domain.rule.Operator.IS_TRUE;
import static io.segmentstudio.domain.rule.Operator.LESS_OR_EQUAL;
import static io.segmentstudio.domain.rule.Operator.LESS_THAN;
import static io.segmentstudio.domain.rule.Operator.MATCHES_REGEX;
import static io.segmentstudio.domain.rule.Operator.MORE_THAN_AGO;
import static io.segmentstudio.domain.rule.Operator.NOT_BETWEEN;
import static io.segmentstudio.domain.rule.Operator.NOT_CONTAINS;
import static io.segmentstudio.domain.rule.Operator.NOT_ENDS_WITH;
import static io.segmentstudio.domain.rule.Operator.NOT_EQUALS;
import static io.segmentstudio.domain.rule.Operator.NOT_IN;
import static io.segmentstudio.domain.rule.Operator.NOT_STARTS_WITH;
import static io.segmentstudio.domain.rule.Operator.ON;
import static io.segmentstudio.domain.rule.Operator.STARTS_WITH;
import static io.segmentstudio.domain.rule.TimeUnit.DAYS;
import static io.segmentstudio.domain.rule.TimeUnit.MONTHS;
import static io.segmentstudio.engine.sql.Rules.and;
import static io.segmentstudio.engine.sql.Rules.between;
import static io.segmentstudio.engine.sql.Rules.compare;
import static io.segmentstudio.engine.sql.Rules.day;
import static io.segmentstudio.engine.sql.Rules.dec;
import static io.segmentstudio.engine.sql.Rules.event;
import static io.segmentstudio.engine.sql.Rules.is;
import static io.segmentstudio.engine.sql.Rules.last;
import static io.segmentstudio.engine.sql.Rules.not;
import static io.segmentstudio.engine.sql.Rules.or;
import static io.segmentstudio.engine.sql.SqlTestData.KEYS;
import static io.segmentstudio.engine.sql.SqlTestData.allBut;

import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Comparison.Op;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition.Function;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeWindow;
import java.util.List;

/**
 * Rules over {@link SqlTestData} with the members semantics.md gives them, worked out by hand (the
 * comments say why each borderline profile is in or out).
 */
final class SqlExecutionCases {
    record Case(String name, Condition rule, List<String> members) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Comparison ONE = Comparison.atLeast(1);
    private static final TextOptions EXACT = TextOptions.EXACT;

    private SqlExecutionCases() {
    }

    static List<Case> all() {
        return List.of(
                // Strings: lower-cased and trimmed by default, missing is never equal.
                c("country = de", is("country", Operator.EQUALS, "de"), "p01", "p02", "p03", "p10"),
                c("country ≠ de includes missing and blank", is("country", NOT_EQUALS, "de"),
                        "p04", "p05", "p06", "p07", "p08", "p09"),
                c("country = DE exactly", is("country", Operator.EQUALS, EXACT, "DE"), "p01"),
                c("country = de case-sensitive, trimmed", is("country", Operator.EQUALS, new TextOptions(true, true), "de"),
                        "p02"),
                c("country = ' de ' untrimmed", is("country", Operator.EQUALS, new TextOptions(false, false), " de "), "p02"),
                c("country in fr, ÖSTERREICH (unicode case)", is("country", IN, "fr", "ÖSTERREICH"), "p04", "p08", "p09"),
                c("country not in de, fr includes missing", is("country", NOT_IN, "de", "fr"),
                        "p05", "p06", "p07", "p08", "p09"),
                c("country is empty: missing, empty or spaces", is("country", IS_EMPTY), "p05", "p06", "p07"),
                c("country is not empty", is("country", IS_NOT_EMPTY), "p01", "p02", "p03", "p04", "p08", "p09", "p10"),
                c("country is missing", is("country", IS_NULL), "p05"),
                c("country is present", is("country", IS_NOT_NULL), allBut("p05")),
                c("email contains %_ literally", is("email", CONTAINS, "%_"), "p04"),
                c("email contains a backslash literally", is("email", CONTAINS, "\\"), "p04"),
                c("email contains '' is every present value", is("email", CONTAINS, ""), allBut("p03")),
                c("email not contains @example.com", is("email", NOT_CONTAINS, "@EXAMPLE.com"),
                        "p03", "p04", "p05", "p06", "p08", "p09", "p10"),
                c("email starts with ZOË (trimmed, unicode)", is("email", STARTS_WITH, "ZOË"), "p07"),
                c("email not starts with _ (no LIKE wildcard)", is("email", NOT_STARTS_WITH, "_"), KEYS),
                c("email ends with .COM", is("email", ENDS_WITH, ".COM"), "p01", "p02", "p07"),
                c("email not ends with .com exactly", is("email", NOT_ENDS_WITH, EXACT, ".com"), allBut("p01")),
                c("email contains οδοσ: final sigma lower-cases to σ", is("email", CONTAINS, "οδοσ@"), "p08"),
                c("email starts with istanbul: İ lower-cases to i", is("email", STARTS_WITH, "istanbul"), "p09"),
                c("email matches ^[a-z]+@example\\.com$ ignoring case",
                        is("email", MATCHES_REGEX, "^[a-z]+@example\\.com$"), "p01", "p02"),
                c("email matches EXAMPLE case-sensitively", is("email", MATCHES_REGEX, new TextOptions(true, true), "EXAMPLE"),
                        "p02"),
                c("email matches a digit anywhere", is("email", MATCHES_REGEX, "\\d"), "p04"),
                c("email matches ^z only when trimmed", is("email", MATCHES_REGEX, new TextOptions(false, false), "^z"),
                        List.of()),
                // String lists: elements compared exactly.
                c("tags contain any of vip, silver", is("tags", CONTAINS_ANY, "vip", "silver"), "p01", "p05", "p06", "p10"),
                c("tags contain all of vip, gold", is("tags", CONTAINS_ALL, "vip", "gold"), "p01", "p06", "p10"),
                c("tags contain none of gold includes missing", is("tags", CONTAINS_NONE, "gold"),
                        "p02", "p03", "p04", "p05", "p07", "p08", "p09"),
                c("tags contain a (no splitting on commas)", is("tags", CONTAINS_ANY, "a"), List.of()),
                c("tags are empty: missing or []", is("tags", IS_EMPTY), "p02", "p03", "p09"),
                c("tags are not empty", is("tags", IS_NOT_EMPTY), allBut("p02", "p03", "p09")),
                // Numbers: exact, missing fails every positive comparison.
                c("age between 18 and 65 inclusive", is("age", BETWEEN, 18, 65), "p01", "p04", "p05", "p06", "p08"),
                c("age not between 18 and 65 includes missing", is("age", NOT_BETWEEN, 18, 65),
                        "p02", "p03", "p07", "p09", "p10"),
                c("age > 30", is("age", GREATER_THAN, 30), "p04", "p05", "p08", "p10"),
                c("age ≤ 0", is("age", LESS_OR_EQUAL, 0), "p07", "p09"),
                c("age not in 30, 45", is("age", NOT_IN, 30, 45), allBut("p01", "p04")),
                c("age ≠ 17 includes missing", is("age", NOT_EQUALS, 17), allBut("p02")),
                c("balance = 19.9 equals 19.90", is("balance", Operator.EQUALS, dec("19.9")), "p01", "p02"),
                c("balance ≥ 19.9", is("balance", GREATER_OR_EQUAL, dec("19.9")), "p01", "p02", "p06", "p07"),
                c("balance < 0", is("balance", LESS_THAN, dec("0")), "p04"),
                c("balance in 2.5, 100 (a whole number for a decimal)", is("balance", IN, dec("2.5"), 100), "p07", "p09"),
                c("balance between 19.899999999 and 19.9", is("balance", BETWEEN, dec("19.899999999"), dec("19.9")),
                        "p01", "p02", "p08"),
                c("balance ≠ 0 includes missing", is("balance", NOT_EQUALS, dec("0.00")), allBut("p05")),
                // Booleans: is_false is not the complement of is_true.
                c("newsletter is true", is("newsletter", IS_TRUE), "p01", "p04", "p07", "p09"),
                c("newsletter is false", is("newsletter", IS_FALSE), "p02", "p05", "p08"),
                c("newsletter ≠ true includes missing", is("newsletter", NOT_EQUALS, true),
                        "p02", "p03", "p05", "p06", "p08", "p10"),
                c("newsletter is missing", is("newsletter", IS_NULL), "p03", "p06", "p10"),
                // Dates (as-of day 2026-10-25).
                c("birthday on 2026-10-24", is("birthday", ON, day("2026-10-24")), "p06"),
                c("birthday = 2026-10-18", is("birthday", Operator.EQUALS, day("2026-10-18")), "p09"),
                c("birthday in 2026-10-18, 2026-11-01", is("birthday", IN, day("2026-10-18"), day("2026-11-01")),
                        "p08", "p09"),
                c("birthday before 2000-02-29 (strictly)", is("birthday", BEFORE, day("2000-02-29")), "p02", "p04"),
                c("birthday after 2026-10-18 (strictly)", is("birthday", AFTER, day("2026-10-18")), "p06", "p08"),
                c("birthday between 2026-09-25 and 2026-10-24 (both days)",
                        is("birthday", BETWEEN, day("2026-09-25"), day("2026-10-24")), "p06", "p07", "p09"),
                c("birthday not between includes missing",
                        is("birthday", NOT_BETWEEN, day("2026-09-25"), day("2026-10-24")),
                        "p01", "p02", "p03", "p04", "p05", "p08", "p10"),
                c("birthday in the last 1 month: from 2026-09-25", is("birthday", IN_LAST, 1, MONTHS), "p06", "p07", "p09"),
                c("birthday in the last 7 days: from 2026-10-18", is("birthday", IN_LAST, 7, DAYS), "p06", "p09"),
                c("birthday more than 12 months ago: before 2025-10-25", is("birthday", MORE_THAN_AGO, 12, MONTHS),
                        "p01", "p02", "p04", "p05", "p10"),
                c("birthday in the next 7 days: to 2026-11-01", is("birthday", IN_NEXT, 7, DAYS), "p08"),
                c("birthday anniversary today", is("birthday", ANNIVERSARY, 0, DAYS), "p05"),
                c("birthday anniversary on 2027-02-28 includes 29 February", is("birthday", ANNIVERSARY, 126, DAYS),
                        "p01", "p02"),
                c("birthday anniversary on 2027-03-01", is("birthday", ANNIVERSARY, 127, DAYS), "p04"),
                // Timestamps: calendar days in Europe/Berlin; 2026-03-29 has 23 hours, 2026-10-25 has 25.
                c("last seen on 2026-03-29 (23-hour day)", is("last_seen", ON, day("2026-03-29")), "p01", "p04"),
                c("last seen on 2026-10-25 (25-hour day)", is("last_seen", ON, day("2026-10-25")), "p06", "p07", "p08"),
                c("last seen between 2026-03-28 and 2026-03-29",
                        is("last_seen", BETWEEN, day("2026-03-28"), day("2026-03-29")), "p01", "p02", "p04"),
                c("last seen not between includes missing",
                        is("last_seen", NOT_BETWEEN, day("2026-03-28"), day("2026-03-29")),
                        allBut("p01", "p02", "p04")),
                c("last seen before 2026-03-30", is("last_seen", BEFORE, day("2026-03-30")), "p01", "p02", "p04"),
                c("last seen after 2026-10-24", is("last_seen", AFTER, day("2026-10-24")), "p06", "p07", "p08", "p09"),
                c("last seen in the last 1 day, never after the as-of instant", is("last_seen", IN_LAST, 1, DAYS),
                        "p06", "p07", "p10"),
                c("last seen in the next 1 day, from the as-of instant", is("last_seen", IN_NEXT, 1, DAYS), "p08", "p09"),
                c("last seen more than 1 day ago", is("last_seen", MORE_THAN_AGO, 1, DAYS), "p01", "p02", "p04", "p05"),
                c("last seen anniversary today, by the Berlin calendar day", is("last_seen", ANNIVERSARY, 0, DAYS),
                        "p06", "p07", "p08"),
                c("last seen is present", is("last_seen", IS_NOT_NULL), allBut("p03")),
                // Events (as-of 2026-10-25T12:00Z; p01's purchase at 12:00:01 is in the future).
                c("purchased ever", event("purchase", TimeWindow.EVER, ONE), "p01", "p02", "p04", "p05", "p07"),
                c("purchased exactly twice: future events do not count",
                        event("purchase", TimeWindow.EVER, compare(Op.EQUALS, "2")), "p01", "p05"),
                c("purchased at most 0 times includes profiles without events",
                        event("purchase", TimeWindow.EVER, compare(Op.AT_MOST, "0")), "p03", "p06", "p08", "p09", "p10"),
                c("purchased in the last 1 day, up to and including the as-of instant",
                        event("purchase", last(1, DAYS), ONE), "p01", "p04", "p07"),
                c("purchased between 2026-10-10 and 2026-10-20",
                        event("purchase", new TimeWindow.Between(day("2026-10-10"), day("2026-10-20")), ONE), "p01", "p05"),
                c("purchased shoes in the last 30 days",
                        event("purchase", last(30, DAYS), ONE, is("category", Operator.EQUALS, "shoes")),
                        "p01", "p05", "p07"),
                c("purchased something not shoes: missing category counts",
                        event("purchase", TimeWindow.EVER, ONE, is("category", NOT_EQUALS, "shoes")), "p02", "p04", "p05"),
                c("sum of amount between 30 and 31", event("purchase", TimeWindow.EVER, ONE, Function.SUM, "amount",
                        between("30", "31")), "p01"),
                c("average amount at least 150", event("purchase", TimeWindow.EVER, ONE, Function.AVG, "amount",
                        compare(Op.AT_LEAST, "150")), "p05"),
                c("average amount exactly 15.25", event("purchase", TimeWindow.EVER, ONE, Function.AVG, "amount",
                        compare(Op.EQUALS, "15.25")), "p01"),
                c("minimum quantity more than 2.5 (not rounded)", event("purchase", TimeWindow.EVER, ONE, Function.MIN,
                        "quantity", compare(Op.GREATER_THAN, "2.5")), "p05"),
                c("minimum quantity less than 1.5", event("purchase", TimeWindow.EVER, ONE, Function.MIN,
                        "quantity", compare(Op.LESS_THAN, "1.5")), "p01", "p02", "p07"),
                c("maximum amount at most 20", event("purchase", TimeWindow.EVER, ONE, Function.MAX, "amount",
                        compare(Op.AT_MOST, "20")), "p02", "p07"),
                c("sum over no events or only missing amounts is false even when zero purchases qualify",
                        event("purchase", TimeWindow.EVER, compare(Op.AT_MOST, "5"), Function.SUM, "amount",
                                compare(Op.AT_LEAST, "0")), "p01", "p02", "p05", "p07"),
                c("page view before 2026-10-25", event("page_view", new TimeWindow.Before(day("2026-10-25")), ONE), "p06"),
                c("page view after 2026-10-24", event("page_view", new TimeWindow.After(day("2026-10-24")), ONE), "p02"),
                // Groups: NOT is the exact complement.
                c("not (country = de or age > 40)", not(or(is("country", Operator.EQUALS, "de"), is("age", GREATER_THAN, 40))),
                        "p06", "p07", "p08", "p09"),
                c("country not empty and never purchased",
                        and(is("country", IS_NOT_EMPTY), not(and(event("purchase", TimeWindow.EVER, ONE)))),
                        "p03", "p08", "p09", "p10"),
                c("not (age not in 30) is age in 30, missing excluded", not(and(is("age", NOT_IN, 30))), "p01"),
                c("empty group matches everyone", and(), KEYS),
                c("empty nested groups are ignored", and(and(), not(or()), is("age", LESS_THAN, 18)), "p02", "p07", "p09"));
    }

    private static Case c(String name, Condition rule, String... members) {
        return new Case(name, rule, List.of(members));
    }

    private static Case c(String name, Condition rule, List<String> members) {
        return new Case(name, rule, members);
    }
}
