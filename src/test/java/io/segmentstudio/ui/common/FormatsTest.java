package io.segmentstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
    private final Formats us = new Formats(Locale.US, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void formatsNumbersMoneyAndSharesInTheLocale() {
        assertThat(us.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(us.money(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        assertThat(us.percent(0.4567)).isEqualTo("45.7%");
        assertThat(new Formats(Locale.GERMANY, Clock.systemUTC()).count(1_234_567)).isEqualTo("1.234.567");
    }

    @Test
    void moneyWithoutACountryIsAPlainTwoDecimalNumber() {
        assertThat(new Formats(Locale.ENGLISH, Clock.systemUTC()).money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
    }

    @Test
    void recentTimesReadAsAges() {
        assertThat(us.ago(NOW.minusSeconds(20), ZoneOffset.UTC)).isEqualTo("just now");
        assertThat(us.ago(NOW.minusSeconds(5 * 60), ZoneOffset.UTC)).isEqualTo("5 min ago");
        assertThat(us.ago(NOW.minusSeconds(3 * 3600), ZoneOffset.UTC)).isEqualTo("3 h ago");
        assertThat(us.ago(NOW.minusSeconds(86_400), ZoneOffset.UTC)).isEqualTo("yesterday");
        assertThat(us.ago(NOW.minusSeconds(90L * 86_400), ZoneOffset.UTC)).isEqualTo("Apr 1, 2025");
        assertThat(us.shortMonth(YearMonth.of(2024, 6))).isEqualTo("Jun '24");
    }
}
