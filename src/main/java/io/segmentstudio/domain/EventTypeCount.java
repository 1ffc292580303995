package io.segmentstudio.domain;

/** How many events of one type a workspace holds, and over which period. */
public record EventTypeCount(String eventType, long count, java.time.Instant first, java.time.Instant last) {
}
