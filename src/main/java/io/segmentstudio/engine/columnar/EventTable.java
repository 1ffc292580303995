package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every profile's events, grouped by profile (rows {@code start(p)} to {@code start(p + 1)}), with
 * the event type dictionary-coded, the time in epoch microseconds and the typed properties as
 * columns. Events are appended profile by profile, in profile row order.
 */
final class EventTable {
    private final Map<String, Integer> typeCodes = new HashMap<>();
    private final List<String> typeNames = new ArrayList<>();
    private final ColumnTable properties;
    private int[] start = new int[17];
    private int[] types;
    private long[] at;
    private int profiles;
    private int size;

    EventTable(Map<String, AttributeType> propertyTypes, int capacity) {
        this.properties = new ColumnTable(propertyTypes, capacity);
        this.types = new int[Math.max(16, capacity)];
        this.at = new long[types.length];
    }

    /** Appends the events of the next profile row (which must be {@code profiles()}). */
    void appendProfile(int profileRow, List<Event> events) {
        if (profileRow != profiles) {
            throw new IllegalStateException("events of profile row " + profileRow + " given after row " + (profiles - 1));
        }
        for (Event event : events) {
            append(event);
        }
        profiles++;
        if (profiles + 1 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
        }
        start[profiles] = size;
    }

    private void append(Event event) {
        if (size == types.length) {
            int capacity = types.length + (types.length >> 1);
            types = Arrays.copyOf(types, capacity);
            at = Arrays.copyOf(at, capacity);
        }
        types[size] = typeCodes.computeIfAbsent(event.type(), name -> {
            typeNames.add(name);
            return typeNames.size() - 1;
        });
        at[size] = LongColumn.micros(event.occurredAt());
        properties.append(event.properties());
        size++;
    }

    int size() {
        return size;
    }

    int start(int profileRow) {
        return start[profileRow];
    }

    int end(int profileRow) {
        return start[profileRow + 1];
    }

    /** The code of an event type, or -1 when no event has it. */
    int typeCode(String type) {
        return typeCodes.getOrDefault(type, -1);
    }

    int type(int event) {
        return types[event];
    }

    long at(int event) {
        return at[event];
    }

    Instant instant(int event) {
        return Instant.ofEpochSecond(Math.floorDiv(at[event], 1_000_000L), Math.floorMod(at[event], 1_000_000L) * 1_000L);
    }

    ColumnTable properties() {
        return properties;
    }

    long bytes() {
        return 4L * start.length + 12L * types.length + properties.bytes();
    }
}
