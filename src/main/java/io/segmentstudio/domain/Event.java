package io.segmentstudio.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** One event of a profile: its type, when it happened, and its typed properties by name. */
public record Event(String type, Instant occurredAt, Map<String, Object> properties) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        properties = Collections.unmodifiableMap(new HashMap<>(properties));
    }
}
