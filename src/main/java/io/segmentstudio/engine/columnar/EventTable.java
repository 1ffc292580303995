package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every profile's events, with the event type dictionary-coded, the time in epoch microseconds and
 * the typed properties as columns. A profile's events loaded with it sit in one block; events that
 * arrive later are appended at the end and chained to their profile. Walk a profile's events with
 * {@code for (int e = first(p); e >= 0; e = next(p, e))}.
 */
final class EventTable {
    private final Map<String, Integer> typeCodes = new HashMap<>();
    private final List<String> typeNames = new ArrayList<>();
    private final ColumnTable properties;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private int[] chainHead = new int[16];
    private int[] chainNext;
    private int[] types;
    private long[] at;
    private int profiles;
    private int size;

    EventTable(Map<String, AttributeType> propertyTypes, int capacity) {
        this.properties = new ColumnTable(propertyTypes, capacity);
        this.types = new int[Math.max(16, capacity)];
        this.at = new long[types.length];
        this.chainNext = new int[types.length];
    }

    /**
     * A table restored from a snapshot: per profile its block and chain head, per event its type code,
     * time, chain link and properties.
     */
    EventTable(List<String> typeNames, ColumnTable properties, int[] start, int[] end, int[] chainHead,
               int[] chainNext, int[] types, long[] at, int profiles, int size) {
        this.properties = properties;
        this.typeNames.addAll(typeNames);
        for (int code = 0; code < typeNames.size(); code++) {
            typeCodes.put(typeNames.get(code), code);
        }
        this.start = start;
        this.end = end;
        this.chainHead = chainHead;
        this.chainNext = chainNext;
        this.types = types;
        this.at = at;
        this.profiles = profiles;
        this.size = size;
    }

    /** Appends the events of the next profile row (which must be {@code profiles()}) as its block. */
    void appendProfile(int profileRow, List<Event> events) {
        if (profileRow != profiles) {
            throw new IllegalStateException("events of profile row " + profileRow + " given after row " + (profiles - 1));
        }
        if (profiles == start.length) {
            int capacity = start.length * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            chainHead = Arrays.copyOf(chainHead, capacity);
        }
        start[profiles] = size;
        for (Event event : events) {
            append(event);
        }
        end[profiles] = size;
        chainHead[profiles] = -1;
        profiles++;
    }

    /** Appends one more event of a profile already in the table; returns the event's row. */
    int appendEvent(int profileRow, Event event) {
        if (profileRow >= profiles) {
            throw new IllegalArgumentException("no profile at row " + profileRow);
        }
        int row = append(event);
        // at the head of the chain: order does not matter to any condition
        chainNext[row] = chainHead[profileRow];
        chainHead[profileRow] = row;
        return row;
    }

    private int append(Event event) {
        if (size == types.length) {
            int capacity = types.length + (types.length >> 1);
            types = Arrays.copyOf(types, capacity);
            at = Arrays.copyOf(at, capacity);
            chainNext = Arrays.copyOf(chainNext, capacity);
        }
        Integer type = typeCodes.get(event.type());
        if (type == null) {
            type = typeNames.size();
            typeNames.add(event.type());
            typeCodes.put(event.type(), type);
        }
        types[size] = type;
        at[size] = LongColumn.micros(event.occurredAt());
        chainNext[size] = -1;
        properties.append(event.properties());
        return size++;
    }

    /** The first event of a profile, -1 when it has none. */
    int first(int profileRow) {
        return start[profileRow] < end[profileRow] ? start[profileRow] : chainHead[profileRow];
    }

    /** The event after {@code event} among the profile's, -1 after the last. */
    int next(int profileRow, int event) {
        if (event >= start[profileRow] && event < end[profileRow]) {
            return event + 1 < end[profileRow] ? event + 1 : chainHead[profileRow];
        }
        return chainNext[event];
    }

    int size() {
        return size;
    }

    /** The code of an event type, or -1 when no event has it. */
    int typeCode(String type) {
        return typeCodes.getOrDefault(type, -1);
    }

    String typeName(int event) {
        return typeNames.get(types[event]);
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

    /** The event types by code. */
    List<String> typeNames() {
        return Collections.unmodifiableList(typeNames);
    }

    // the arrays as they are, for snapshots; only the first profiles() or size() entries hold data
    int[] starts() {
        return start;
    }

    int[] ends() {
        return end;
    }

    int[] chainHeads() {
        return chainHead;
    }

    int[] chainNexts() {
        return chainNext;
    }

    int[] typeCodes() {
        return types;
    }

    long[] times() {
        return at;
    }

    ColumnTable properties() {
        return properties;
    }

    long bytes() {
        return 12L * start.length + 16L * types.length + properties.bytes();
    }
}
