package io.segmentstudio.ingest.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * When people shop: more in November and December, more at weekends, mostly in the evening. Days are
 * drawn by rejection sampling against these weights, which keeps any date range cheap to sample.
 */
final class Seasonality {
    /** Relative traffic by month, January first: the holiday season dominates, summer dips. */
    private final double[] month = {0.85, 0.78, 0.9, 0.92, 0.95, 0.9, 0.85, 0.88, 0.95, 1.0, 1.55, 1.75};
    /** Relative traffic by weekday, Monday first. */
    private final double[] weekday = {0.95, 0.92, 0.94, 0.98, 1.05, 1.2, 1.25};
    private final double maxWeight = max(month) * max(weekday);
    /** Relative traffic by local hour: a lunch bump and an evening peak. */
    private final WeightedChoice<Integer> hour;

    Seasonality() {
        double[] byHour = {0.3, 0.15, 0.08, 0.06, 0.06, 0.12, 0.35, 0.65, 0.85, 0.95, 1.0, 1.05,
                           1.2, 1.1, 1.0, 1.0, 1.05, 1.15, 1.35, 1.6, 1.8, 1.7, 1.2, 0.65};
        List<Integer> hours = IntStream.range(0, 24).boxed().toList();
        this.hour = new WeightedChoice<>(hours, h -> byHour[h]);
    }

    /** A day in [from, to], weighted by month and weekday. */
    LocalDate day(SampleRandom random, LocalDate from, LocalDate to) {
        int span = (int) ChronoUnit.DAYS.between(from, to) + 1;
        while (true) {
            LocalDate day = from.plusDays(random.below(span));
            double weight = month[day.getMonthValue() - 1] * weekday[day.getDayOfWeek().getValue() - 1];
            if (random.uniform() * maxWeight < weight) {
                return day;
            }
        }
    }

    LocalTime timeOfDay(SampleRandom random) {
        return LocalTime.of(hour.pick(random), random.below(60), random.below(60));
    }

    /** Gift shopping: visitors in November and before Christmas convert more often. */
    double conversionBoost(LocalDate day) {
        if (day.getMonth() == Month.NOVEMBER) {
            return 1.2;
        }
        return day.getMonth() == Month.DECEMBER && day.getDayOfMonth() <= 24 ? 1.35 : 1;
    }

    private static double max(double[] weights) {
        return Arrays.stream(weights).max().orElseThrow();
    }
}
