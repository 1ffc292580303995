package io.segmentstudio.ingest.sample;

// STAND-IN until helper/sample is merged.
public record SampleResult(long profiles, long events, int segments, java.time.Duration took) {
}
