package io.segmentstudio.ingest.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The shop's email calendar over the year before the anchor date: a monthly newsletter and the usual
 * retail moments (Black Friday, Christmas, the sales).
 */
final class Campaigns {
    /** How far back the email programme goes; earlier signups only receive email from then on. */
    private static final int PROGRAMME_DAYS = 365;

    /**
     * @param reach  share of subscribers a send targets
     * @param appeal how much more likely than usual an email of this campaign is opened
     * @param hour   local hour the send starts
     */
    record Campaign(String id, LocalDate sendDate, int hour, double reach, double appeal) {
    }

    private Campaigns() {
    }

    /** Every campaign sent in the programme window up to the anchor date, in send order. */
    static List<Campaign> calendar(LocalDate anchor) {
        LocalDate start = anchor.minusDays(PROGRAMME_DAYS - 1L);
        List<Campaign> all = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(anchor)); month = month.plusMonths(1)) {
            LocalDate firstThursday = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
            all.add(new Campaign("newsletter-" + month, firstThursday, 9, 0.18, 1.0));
        }
        for (int year = start.getYear(); year <= anchor.getYear(); year++) {
            LocalDate blackFriday = LocalDate.of(year, 11, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
            all.add(new Campaign("winter-sale-" + year, MonthDay.of(1, 3).atYear(year), 10, 0.3, 1.1));
            all.add(new Campaign("spring-sale-" + year, MonthDay.of(3, 15).atYear(year), 10, 0.25, 1.05));
            all.add(new Campaign("summer-sale-" + year, MonthDay.of(6, 21).atYear(year), 10, 0.3, 1.1));
            all.add(new Campaign("back-to-school-" + year, MonthDay.of(8, 20).atYear(year), 11, 0.2, 1.0));
            all.add(new Campaign("black-friday-" + year, blackFriday, 7, 0.45, 1.35));
            all.add(new Campaign("cyber-monday-" + year, blackFriday.plusDays(3), 8, 0.25, 1.15));
            all.add(new Campaign("christmas-gifts-" + year, MonthDay.of(12, 8).atYear(year), 9, 0.4, 1.25));
        }
        return all.stream()
                .filter(c -> !c.sendDate().isBefore(start) && !c.sendDate().isAfter(anchor))
                .sorted(Comparator.comparing(Campaign::sendDate).thenComparing(Campaign::id))
                .toList();
    }
}
