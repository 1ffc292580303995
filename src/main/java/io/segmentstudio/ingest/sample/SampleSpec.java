package io.segmentstudio.ingest.sample;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the retail demo generator makes. The same spec written into workspaces with the same time zone
 * gives identical data; in another time zone the local calendar (dates, hours) is the same and the
 * stored instants move with the zone.
 *
 * @param seed       seeds every random choice
 * @param profiles   number of customers, at least 1
 * @param anchorDate the data set's "today": all activity happens on or before this day
 */
public record SampleSpec(long seed, int profiles, LocalDate anchorDate) {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_PROFILES = 50_000;

    public SampleSpec {
        if (profiles < 1) {
            throw new IllegalArgumentException("A sample needs at least 1 profile, got " + profiles);
        }
        Objects.requireNonNull(anchorDate, "anchorDate");
    }

    /** Seed 42 and 50,000 profiles: the demo workspace the app offers on first run. */
    public static SampleSpec defaults(LocalDate anchorDate) {
        return new SampleSpec(DEFAULT_SEED, DEFAULT_PROFILES, anchorDate);
    }
}
