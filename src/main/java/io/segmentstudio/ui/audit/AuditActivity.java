package io.segmentstudio.ui.audit;

import io.segmentstudio.ui.common.Formats;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the chart and the "most active" list show of the loaded entries: activity over time and by person. */
final class AuditActivity {
    /** Up to two months are shown day by day; longer ranges month by month, so bars stay wide enough to read. */
    static final int MOST_DAYS = 62;

    private final Formats formats;
    private final ZoneId zone;

    AuditActivity(Formats formats, ZoneId zone) {
        this.formats = formats;
        this.zone = zone;
    }

    /**
     * One bar per day from {@code first} to {@code last} (or per month over longer ranges), empty days
     * included so quiet days show as gaps.
     */
    List<ActivityBar> bars(List<AuditRow> rows, LocalDate first, LocalDate last) {
        if (rows.isEmpty() || last.isBefore(first)) {
            return List.of();
        }
        boolean daily = ChronoUnit.DAYS.between(first, last) < MOST_DAYS;
        Function<LocalDate, LocalDate> period = daily ? day -> day : day -> day.withDayOfMonth(1);
        Map<LocalDate, Map<AuditKind, Integer>> counts = new LinkedHashMap<>();
        for (LocalDate start = period.apply(first); !start.isAfter(last);
             start = daily ? start.plusDays(1) : start.plusMonths(1)) {
            counts.put(start, new EnumMap<>(AuditKind.class));
        }
        for (AuditRow row : rows) {
            LocalDate day = day(row);
            if (!day.isBefore(first) && !day.isAfter(last)) {
                counts.get(period.apply(day)).merge(row.kind(), 1, Integer::sum);
            }
        }
        List<ActivityBar> bars = new ArrayList<>();
        counts.forEach((start, byKind) -> bars.add(daily
                ? new ActivityBar(dayLabel(start), date(start), start, start, byKind)
                : new ActivityBar(formats.shortMonth(YearMonth.from(start)), formats.month(YearMonth.from(start)),
                        start, start.plusMonths(1).minusDays(1), byKind)));
        return bars;
    }

    /** The count axis steps by 1, 2, 5, 10, 20, 50, …: whole entries only, and at most five steps up to the tallest bar. */
    static int step(List<ActivityBar> bars) {
        int most = bars.stream().mapToInt(ActivityBar::total).max().orElse(0);
        int step = 1;
        for (int scale = 1; most > 5 * step; scale *= 10) {
            for (int factor : new int[] {1, 2, 5}) {
                step = factor * scale;
                if (most <= 5 * step) {
                    break;
                }
            }
        }
        return step;
    }

    /** Everyone in the rows, busiest first, at most {@code top}. */
    static List<ActorActivity> mostActive(List<AuditRow> rows, int top) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.merge(row.entry().actor(), 1, Integer::sum));
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER)))
                .limit(top)
                .map(entry -> new ActorActivity(entry.getKey(), entry.getValue(), (double) entry.getValue() / most))
                .toList();
    }

    private LocalDate day(AuditRow row) {
        return LocalDate.ofInstant(row.entry().occurredAt(), zone);
    }

    String date(LocalDate day) {
        return formats.date(day.atStartOfDay(zone).toInstant(), zone);
    }

    /** The locale's date without its year, "Jun 3" or "03.06": short enough for an axis. */
    private String dayLabel(LocalDate day) {
        String year = String.valueOf(day.getYear());
        return date(day).replace(year, "").replaceAll("^[\\s,./-]+|[\\s,./-]+$", "").replaceAll("\\s{2,}", " ");
    }
}
