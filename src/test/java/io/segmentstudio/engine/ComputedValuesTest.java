package io.segmentstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ComputedAttribute.Kind;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputedValuesTest {
    // 2026-03-29 is a 23-hour day in Berlin; the as-of day is 2026-03-30 there
    private static final AsOf AS_OF = new AsOf(Instant.parse("2026-03-30T08:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final List<Event> EVENTS = List.of(
            purchase("2026-03-29T22:30:00Z", "10.10"),   // 00:30 on 30 March in Berlin: today
            purchase("2026-03-01T10:00:00Z", "20"),
            purchase("2025-01-01T10:00:00Z", null),      // no amount
            purchase("2026-03-30T09:00:00Z", "999"),     // after the as-of instant: never counted
            new Event("email_send", Instant.parse("2026-03-20T10:00:00Z"), Map.of()),
            new Event("email_send", Instant.parse("2026-03-21T10:00:00Z"), Map.of()),
            new Event("email_send", Instant.parse("2026-03-22T10:00:00Z"), Map.of()),
            new Event("email_open", Instant.parse("2026-03-22T11:00:00Z"), Map.of()));

    private static Event purchase(String at, String amount) {
        return new Event("purchase", Instant.parse(at), amount == null ? Map.of() : Map.of("amount", new BigDecimal(amount)));
    }

    private static Object compute(Kind kind, String event, String property, TimeWindow window, String per) {
        return new ComputedValues(AS_OF).compute(new ComputedAttribute("x", kind, event, property, window, per), EVENTS);
    }

    @Test
    void daysSinceTheLastEventCountCalendarDaysInTheWorkspaceZone() {
        assertThat(compute(Kind.DAYS_SINCE_LAST, "purchase", null, null, null)).isEqualTo(0L);
        assertThat(compute(Kind.DAYS_SINCE_LAST, "email_open", null, null, null)).isEqualTo(8L);
        assertThat(compute(Kind.DAYS_SINCE_LAST, "refund", null, null, null)).isNull();
    }

    @Test
    void countsAndAggregatesKeepToTheWindowAndNeverLookPastTheAsOfInstant() {
        TimeWindow month = new TimeWindow.Last(30, TimeUnit.DAYS);
        assertThat(compute(Kind.COUNT, "purchase", null, null, null)).isEqualTo(3L);
        assertThat(compute(Kind.COUNT, "purchase", null, month, null)).isEqualTo(2L);
        assertThat(compute(Kind.COUNT, "refund", null, null, null)).isEqualTo(0L);
        assertThat((BigDecimal) compute(Kind.SUM, "purchase", "amount", null, null)).isEqualByComparingTo("30.10");
        assertThat((BigDecimal) compute(Kind.MIN, "purchase", "amount", null, null)).isEqualByComparingTo("10.10");
        assertThat((BigDecimal) compute(Kind.MAX, "purchase", "amount", null, null)).isEqualByComparingTo("20");
        // the purchase without an amount is not a value: 30.10 / 2
        assertThat((BigDecimal) compute(Kind.AVG, "purchase", "amount", null, null)).isEqualByComparingTo("15.05");
        assertThat(compute(Kind.SUM, "purchase", "amount", new TimeWindow.Last(1, TimeUnit.DAYS), null))
                .isEqualTo(new BigDecimal("10.10"));
        assertThat(compute(Kind.SUM, "refund", "amount", null, null)).isNull();
    }

    @Test
    void ratesAreRoundedToSixteenDigitsAndMissingWithoutADenominator() {
        assertThat(compute(Kind.RATE, "email_open", null, null, "email_send"))
                .isEqualTo(new BigDecimal("0.3333333333333333"));
        assertThat(compute(Kind.RATE, "email_send", null, null, "email_open")).isEqualTo(new BigDecimal("3"));
        assertThat(compute(Kind.RATE, "email_open", null, null, "sms_send")).isNull();
    }

    @Test
    void firstAndLastValuesComeFromTheEarliestAndLatestEventWithTheProperty() {
        assertThat(compute(Kind.FIRST_VALUE, "purchase", "amount", null, null)).isEqualTo(new BigDecimal("20"));
        assertThat(compute(Kind.LAST_VALUE, "purchase", "amount", null, null)).isEqualTo(new BigDecimal("10.10"));
        assertThat(compute(Kind.LAST_VALUE, "refund", "amount", null, null)).isNull();
        // at the same instant, the smallest value is first and the largest last, whatever the order given
        Instant at = Instant.parse("2026-03-10T10:00:00Z");
        List<Event> tied = List.of(new Event("order", at, Map.of("sku", "b")), new Event("order", at, Map.of("sku", "c")),
                new Event("order", at, Map.of("sku", "a")));
        ComputedValues values = new ComputedValues(AS_OF);
        for (List<Event> order : List.of(tied, List.of(tied.get(2), tied.get(1), tied.get(0)))) {
            assertThat(values.compute(new ComputedAttribute("x", Kind.FIRST_VALUE, "order", "sku", null, null), order))
                    .isEqualTo("a");
            assertThat(values.compute(new ComputedAttribute("x", Kind.LAST_VALUE, "order", "sku", null, null), order))
                    .isEqualTo("c");
        }
        // strings by code point, as SQL can order them: U+FF11 before U+1F389 (in UTF-16 units it is after)
        List<Event> wide = List.of(new Event("order", at, Map.of("sku", "\uD83C\uDF89")),
                new Event("order", at, Map.of("sku", "\uFF11")));
        assertThat(values.compute(new ComputedAttribute("x", Kind.FIRST_VALUE, "order", "sku", null, null), wide))
                .isEqualTo("\uFF11");
        assertThat(values.compute(new ComputedAttribute("x", Kind.LAST_VALUE, "order", "sku", null, null), wide))
                .isEqualTo("\uD83C\uDF89");
    }

    @Test
    void definitionsThatDoNotFitAreRefused() {
        assertThatThrownBy(() -> new ComputedAttribute("x", Kind.SUM, "purchase", null, null, null))
                .hasMessageContaining("needs an event property");
        assertThatThrownBy(() -> new ComputedAttribute("x", Kind.COUNT, "purchase", "amount", null, null))
                .hasMessageContaining("takes no event property");
        assertThatThrownBy(() -> new ComputedAttribute("x", Kind.RATE, "email_open", null, null, null))
                .hasMessageContaining("relative to");
    }
}
