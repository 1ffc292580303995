package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a profile set holds per attribute and per event property, so that generated operands hit
 * real values (and their case, space and scale variants) instead of missing everything.
 */
final class ValueIndex {
    private final Map<String, List<Object>> attributes = new HashMap<>();
    private final Map<String, List<Object>> properties = new HashMap<>();

    ValueIndex(List<Profile> profiles) {
        for (Profile profile : profiles) {
            profile.values().forEach((name, value) -> attributes.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
            for (Event event : profile.events()) {
                event.properties().forEach((name, value) -> properties.computeIfAbsent(name, n -> new ArrayList<>())
                        .add(value));
            }
        }
    }

    /** The present values of a profile attribute or (with {@code event}) an event property. */
    List<Object> values(String name, boolean event) {
        return (event ? properties : attributes).getOrDefault(name, List.of());
    }
}
