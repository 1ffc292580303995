package io.segmentstudio.ingest.sample;

import java.time.Duration;

/** What a generation wrote, and how long it took. */
public record SampleResult(long profiles, long events, int segments, Duration took) {
}
