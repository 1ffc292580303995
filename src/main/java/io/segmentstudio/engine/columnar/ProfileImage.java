package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.RuleSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The columnar in-memory image of a workspace's profiles and events: one row per profile, primitive
 * or dictionary-coded columns per attribute, the events grouped by profile. Rules are compiled against
 * it by {@link ColumnarEngine}. It is a copy of what the store of record holds, built when a workspace
 * opens and kept in step by whoever writes; it never decides anything the store does not hold.
 *
 * <p>Not thread-safe: one writer, and readers that do not overlap with writes.
 */
public final class ProfileImage {
    private final RuleSchema schema;
    private final List<String> keys;
    private final Map<String, Integer> rowsByKey;
    private final ColumnTable attributes;
    private final EventTable events;

    private ProfileImage(RuleSchema schema, int profiles, int eventCount) {
        this.schema = schema;
        this.keys = new ArrayList<>(profiles);
        this.rowsByKey = new HashMap<>(Math.max(16, profiles * 4 / 3 + 1));
        this.attributes = new ColumnTable(types(schema.attributes()), profiles);
        this.events = new EventTable(types(schema.eventProperties()), eventCount);
    }

    /** An image restored from its parts (a snapshot); the keys are in row order. */
    ProfileImage(RuleSchema schema, List<String> keys, ColumnTable attributes, EventTable events) {
        this.schema = schema;
        this.keys = new ArrayList<>(keys);
        this.rowsByKey = new HashMap<>(Math.max(16, keys.size() * 4 / 3 + 1));
        for (int row = 0; row < keys.size(); row++) {
            rowsByKey.put(keys.get(row), row);
        }
        this.attributes = attributes;
        this.events = events;
    }

    /** An empty image for the schema, sized for about as many profiles and events as given. */
    public static ProfileImage empty(RuleSchema schema, int expectedProfiles, int expectedEvents) {
        return new ProfileImage(schema, expectedProfiles, expectedEvents);
    }

    public static ProfileImage of(RuleSchema schema, List<Profile> profiles) {
        ProfileImage image = empty(schema, profiles.size(), profiles.stream().mapToInt(p -> p.events().size()).sum());
        profiles.forEach(image::add);
        return image;
    }

    private static Map<String, AttributeType> types(Map<String, Attribute> attributes) {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        attributes.values().forEach(a -> types.put(a.name(), a.type()));
        return types;
    }

    /** Appends a profile with its events; its key must be new. Returns its row. */
    public int add(Profile profile) {
        return add(profile.key(), profile.values(), profile.events());
    }

    /** Appends a profile with its events; its key must be new. Returns its row. */
    public int add(String key, Map<String, Object> values, List<Event> profileEvents) {
        requireNew(key);
        return register(key, attributes.append(values), profileEvents);
    }

    /** The attribute names in the order {@link #add(String, Object[], List)} takes their values. */
    public List<String> attributeOrder() {
        return attributes.order();
    }

    /**
     * Appends a profile whose values come positionally, in {@link #attributeOrder()} (bulk loads,
     * without a map per profile); its key must be new. Returns its row.
     */
    public int add(String key, Object[] values, List<Event> profileEvents) {
        requireNew(key);
        return register(key, attributes.append(values), profileEvents);
    }

    private void requireNew(String key) {
        if (rowsByKey.containsKey(key)) {
            throw new IllegalArgumentException("profile '" + key + "' is already in the image");
        }
    }

    private int register(String key, int row, List<Event> profileEvents) {
        keys.add(key);
        rowsByKey.put(key, row);
        events.appendProfile(row, profileEvents);
        return row;
    }

    /**
     * Sets attribute values of a profile, adding the profile (without events) when its key is new.
     * Names absent from the map keep their values; a null value makes one missing. Returns the row.
     */
    public int put(String key, Map<String, Object> values) {
        Integer row = rowsByKey.get(key);
        if (row == null) {
            return add(key, values, List.of());
        }
        attributes.update(row, values);
        return row;
    }

    /** Adds an event to a profile already in the image; returns the profile's row. */
    public int addEvent(String key, Event event) {
        Integer row = rowsByKey.get(key);
        if (row == null) {
            throw new IllegalArgumentException("no profile '" + key + "' in the image");
        }
        events.appendEvent(row, event);
        return row;
    }

    /**
     * Changes whenever a column changes layout; rules compiled against the image before must then be
     * compiled again (their rows stay valid: layouts change, values do not).
     */
    public long layoutVersion() {
        return attributes.layoutChanges() + events.properties().layoutChanges();
    }

    /** One attribute's value at a row, as the evaluator sees it; null when missing. */
    public Object value(int row, String attribute) {
        return attributes.column(attribute).map(column -> column.value(row)).orElse(null);
    }

    /** How many profiles hold a value of the attribute (0 when the image has no such column). */
    public long filled(String attribute) {
        return attributes.column(attribute).map(Column::filled).orElse(0L);
    }

    /** A profile's events, rebuilt from the columns (in no particular order). */
    public List<Event> events(int row) {
        List<Event> list = new ArrayList<>();
        for (int e = events.first(row); e >= 0; e = events.next(row, e)) {
            list.add(new Event(events.typeName(e), events.instant(e), events.properties().values(e)));
        }
        return list;
    }

    public RuleSchema schema() {
        return schema;
    }

    public int size() {
        return keys.size();
    }

    public String key(int row) {
        return keys.get(row);
    }

    public OptionalInt row(String key) {
        Integer row = rowsByKey.get(key);
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /** The event types the events have, sorted. */
    public List<String> eventTypes() {
        return events.typeNames().stream().sorted().toList();
    }

    public int eventCount() {
        return events.size();
    }

    /** Heap bytes of the columns (keys and their index excluded: the store holds them anyway). */
    public long columnBytes() {
        return attributes.bytes() + events.bytes();
    }

    ColumnTable attributes() {
        return attributes;
    }

    EventTable events() {
        return events;
    }
}
