package io.segmentstudio.ingest.sample;

import java.time.LocalDate;

/** STAND-IN so that helper/cli compiles; the real type comes from helper/sample. Delete at merge. */
public record SampleSpec(long seed, int profiles, LocalDate anchorDate) {
    public static SampleSpec defaults(LocalDate anchorDate) {
        return new SampleSpec(42, 50_000, anchorDate);
    }
}
