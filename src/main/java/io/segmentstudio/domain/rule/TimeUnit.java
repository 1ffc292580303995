package io.segmentstudio.domain.rule;

import java.time.LocalDate;

/** Units of relative dates. Months are calendar months: 31 March minus one month is 28 or 29 February. */
public enum TimeUnit {
    DAYS, WEEKS, MONTHS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public LocalDate minus(LocalDate date, long amount) {
        return switch (this) {
            case DAYS -> date.minusDays(amount);
            case WEEKS -> date.minusWeeks(amount);
            case MONTHS -> date.minusMonths(amount);
        };
    }

    public LocalDate plus(LocalDate date, long amount) {
        return switch (this) {
            case DAYS -> date.plusDays(amount);
            case WEEKS -> date.plusWeeks(amount);
            case MONTHS -> date.plusMonths(amount);
        };
    }
}
