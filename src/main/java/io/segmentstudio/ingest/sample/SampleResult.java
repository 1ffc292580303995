package io.segmentstudio.ingest.sample;

import java.time.Duration;

/** STAND-IN so that helper/cli compiles; the real type comes from helper/sample. Delete at merge. */
public record SampleResult(long profiles, long events, int segments, Duration took) {
}
