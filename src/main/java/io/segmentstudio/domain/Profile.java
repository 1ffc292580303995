package io.segmentstudio.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One profile as the in-memory evaluator sees it: attribute values by name (String, Long, BigDecimal,
 * Boolean, LocalDate, Instant or List of String; absent or null = missing) and its events.
 */
public record Profile(String key, Map<String, Object> values, List<Event> events) {
    public Profile {
        Objects.requireNonNull(key, "key");
        values = Collections.unmodifiableMap(new HashMap<>(values));
        events = List.copyOf(events);
    }

    public Object value(String attribute) {
        return values.get(attribute);
    }
}
