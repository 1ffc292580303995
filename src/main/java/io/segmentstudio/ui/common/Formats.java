package io.segmentstudio.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** How numbers, money, shares and times read in the UI, in the user's locale. */
public final class Formats {
    private final Locale locale;
    private final Clock clock;

    public Formats(Locale locale, Clock clock) {
        this.locale = locale;
        this.clock = clock;
    }

    /** The user's own formatting locale. */
    public static Formats system(Clock clock) {
        return new Formats(Locale.getDefault(Locale.Category.FORMAT), clock);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share of 0..1 as a percentage with at most one decimal. */
    public String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** Money in the locale's currency; a plain two-decimal number when the locale names no country. */
    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = format.getCurrency();
        if (currency == null || "XXX".equals(currency.getCurrencyCode())) {
            format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
        }
        return format.format(amount);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    public String date(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    /** "Jun '24": short enough for chart axes to keep their labels horizontal. */
    public String shortMonth(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM ''yy", locale).format(month);
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago"; the date beyond a month. */
    public String ago(Instant instant, ZoneId zone) {
        Duration age = Duration.between(instant, clock.instant());
        if (age.isNegative() || age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() <= 30) {
            return age.toDays() == 1 ? "yesterday" : age.toDays() + " days ago";
        }
        return date(instant, zone);
    }
}
