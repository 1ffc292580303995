package io.segmentstudio.ingest.sample;

// STAND-IN until helper/sample is merged.
public record SampleSpec(long seed, int profiles, java.time.LocalDate anchorDate) {
    public static SampleSpec defaults(java.time.LocalDate anchorDate) {
        return new SampleSpec(42, 50_000, anchorDate);
    }
}
