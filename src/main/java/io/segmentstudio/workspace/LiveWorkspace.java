package io.segmentstudio.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.ComputedValues;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.columnar.LiveSegments;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.engine.format.NativeRuleJson;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace with its profiles in memory and its segments' members kept current as events arrive:
 * each batch of events is written to H2 in one transaction together with the memberships it changes
 * and their entered/exited history. H2 stays the store of record: should a batch fail, the image is
 * rebuilt from H2 so that it never holds what the store does not.
 */
public final class LiveWorkspace {
    private final Workspace workspace;
    private final AsOf asOf;
    private final Map<String, Long> profileIds = new HashMap<>();
    private final Map<String, SegmentSummary> segments = new LinkedHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private List<Attribute> properties;
    private List<ComputedAttributes.Defined> computed;
    private ComputedValues computedValues;
    private ProfileImage image;
    private LiveSegments live;
    private String lastStamp;

    /** An event as it arrives: typed properties by name; names outside the catalog are kept as JSON. */
    public record IncomingEvent(String profileKey, String type, Instant at, Map<String, Object> properties) {
    }

    /** A profile that entered or exited a segment because of an event. */
    public record MembershipChange(String segment, String profileKey, boolean entered, Instant at) {
    }

    /** What one batch did. */
    public record BatchResult(int events, int newProfiles, List<MembershipChange> changes) {
    }

    /**
     * Loads the image and evaluates every stored segment's current version.
     *
     * @param asOf the instant relative dates are measured from while this live view runs
     */
    public LiveWorkspace(Workspace workspace, Instant asOf, ProgressListener progress) {
        this.workspace = workspace;
        this.asOf = new AsOf(asOf, workspace.timeZone());
        load(progress);
    }

    private void load(ProgressListener progress) {
        workspace.computed().refreshIfAnotherDay(asOf.instant(), progress); // recency moves with the calendar
        image = new ProfileImageLoader(workspace).load(progress);
        computed = workspace.computed().list();
        computedValues = new ComputedValues(asOf);
        RuleSchema schema = image.schema();
        properties = List.copyOf(schema.eventProperties().values());
        profileIds.clear();
        profileIds.putAll(workspace.jdbi().withHandle(ProfileStore::idsByKey));
        live = new LiveSegments(image, asOf);
        segments.clear();
        ReferenceExpander expander = new ReferenceExpander(workspace.segments().resolver(schema));
        NativeRuleJson reader = new NativeRuleJson();
        workspace.segments().currentDefinitions().forEach((name, definition) -> {
            live.put(name, expander.expand(reader.readRule(definition, schema)));
        });
        workspace.segments().list().forEach(summary -> segments.put(summary.name(), summary));
        recordBaseline();
    }

    /**
     * Stores every segment's members as of the start, as a refresh does (with the entered/exited
     * history since the last one), so that the changes events cause start from what H2 holds.
     */
    private void recordBaseline() {
        Instant now = Instant.now();
        MembershipStore store = workspace.memberships();
        for (String name : live.names()) {
            SegmentSummary segment = segments.get(name);
            long[] ids = live.members(name).stream().mapToLong(row -> profileIds.get(image.key(row))).sorted().toArray();
            store.replace(segment.id(), segment.currentVersion(), ids, now, asOf.instant());
        }
    }

    public RuleSchema schema() {
        return image.schema();
    }

    public ProfileImage image() {
        return image;
    }

    public LiveSegments segments() {
        return live;
    }

    /**
     * Writes a batch of events and the membership changes they cause in one transaction. An event
     * for an unknown profile key creates that profile (with no attributes), as event streams do.
     */
    public BatchResult ingest(List<IncomingEvent> batch) {
        try {
            return workspace.jdbi().inTransaction(handle -> write(handle, batch));
        } catch (SQLException e) {
            load(ProgressListener.NONE); // the transaction rolled back: back to what H2 holds
            throw new WorkspaceException("Cannot write events to " + workspace.file() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            load(ProgressListener.NONE);
            throw e;
        }
    }

    private BatchResult write(org.jdbi.v3.core.Handle handle, List<IncomingEvent> batch) throws SQLException {
        int newProfiles = 0;
        List<MembershipChange> changes = new ArrayList<>();
        Map<String, Map<Boolean, List<Long>>> bySegment = new LinkedHashMap<>();
        try (ProfileRows newRows = ProfileRows.prepareKeepingIds(handle, List.of());
             EventRows events = EventRows.prepare(handle, properties)) {
            for (IncomingEvent incoming : batch) {
                if (!profileIds.containsKey(incoming.profileKey())) {
                    newRows.add(incoming.profileKey());
                    profileIds.put(incoming.profileKey(), newRows.takeIds()[0]);
                    int row = image.put(incoming.profileKey(), Map.of());
                    newProfiles++;
                    // a new profile's computed attributes start from no events (a count of 0), as a refresh gives
                    collect(live.profileAdded(row), incoming, bySegment, changes);
                    collect(recompute(handle, row, incoming.profileKey(), computed.stream()
                            .map(ComputedAttributes.Defined::attribute).toList()), incoming, bySegment, changes);
                }
                Map<String, Object> typed = new LinkedHashMap<>();
                Map<String, Object> extras = new LinkedHashMap<>();
                incoming.properties().forEach((name, value) -> {
                    if (image.schema().eventPropertyType(name).isPresent()) {
                        typed.put(name, value);
                    } else {
                        extras.put(name, value);
                    }
                });
                Object[] values = properties.stream().map(p -> typed.get(p.name())).toArray();
                events.add(profileIds.get(incoming.profileKey()), incoming.type(), incoming.at(), "events",
                        extras.isEmpty() ? null : json(extras), values);
                int row = image.addEvent(incoming.profileKey(), new Event(incoming.type(), incoming.at(), typed));
                collect(live.eventAdded(row, incoming.type()), incoming, bySegment, changes);
                collect(recompute(handle, row, incoming.profileKey(),
                        ComputedAttributes.readingEventType(computed, incoming.type())), incoming, bySegment, changes);
            }
        }
        Instant now = Instant.now();
        for (Map.Entry<String, Map<Boolean, List<Long>>> entry : bySegment.entrySet()) {
            SegmentSummary segment = segments.get(entry.getKey());
            long[] entered = ids(entry.getValue().get(true));
            long[] exited = ids(entry.getValue().get(false));
            MembershipStore.write(handle, "INSERT INTO membership (segment_id, profile_id, entered_at) VALUES (?, ?, ?)",
                    segment.id(), entered, now);
            MembershipStore.write(handle, "DELETE FROM membership WHERE segment_id = ? AND profile_id = ?",
                    segment.id(), exited, null);
            MembershipStore.history(handle, segment.id(), segment.currentVersion(), entered, "ENTERED", now);
            MembershipStore.history(handle, segment.id(), segment.currentVersion(), exited, "EXITED", now);
        }
        lastStamp = DataStamp.touch(handle); // last in the transaction: see saveColumns
        return new BatchResult(batch.size(), newProfiles, changes);
    }

    /**
     * Saves the image beside the workspace for the next opening, provided nobody but this live view
     * has written since its last batch (the store's stamp is still the one that batch set): the image
     * then holds exactly what a load from H2 would give.
     */
    public void saveColumns() {
        if (lastStamp == null) {
            return; // nothing written: the snapshot of the load still holds
        }
        workspace.jdbi().useHandle(handle -> {
            DataStamp now = DataStamp.current(handle);
            if (now.token().equals(lastStamp)) {
                new ColumnSnapshot(workspace.file()).write(image, now);
            }
        });
    }

    /**
     * Computes the given computed attributes again from the profile's events; changed values are
     * stored in the caller's transaction and re-test the segments that read them.
     */
    private List<LiveSegments.Change> recompute(org.jdbi.v3.core.Handle handle, int row, String key,
                                                List<ComputedAttribute> affected) throws SQLException {
        if (affected.isEmpty()) {
            return List.of();
        }
        List<Event> events = image.events(row);
        Map<String, Object> changed = new LinkedHashMap<>();
        for (ComputedAttribute attribute : affected) {
            Object value = computedValues.compute(attribute, events);
            if (!sameValue(value, image.value(row, attribute.name()))) {
                changed.put(attribute.name(), value);
            }
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        ComputedAttributes.store(handle, profileIds.get(key), changed);
        image.put(key, changed);
        return live.profileChanged(row, changed.keySet());
    }

    /** Numbers compare by value: 19.90 is 19.9. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return java.util.Objects.equals(a, b);
    }

    private void collect(List<LiveSegments.Change> found, IncomingEvent cause,
                         Map<String, Map<Boolean, List<Long>>> bySegment, List<MembershipChange> changes) {
        for (LiveSegments.Change change : found) {
            String key = image.key(change.row());
            changes.add(new MembershipChange(change.segment(), key, change.entered(), cause.at()));
            bySegment.computeIfAbsent(change.segment(), s -> new HashMap<>())
                    .computeIfAbsent(change.entered(), e -> new ArrayList<>()).add(profileIds.get(key));
        }
    }

    private static long[] ids(List<Long> ids) {
        return ids == null ? new long[0] : ids.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private String json(Map<String, Object> extras) {
        try {
            return json.writeValueAsString(extras);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot keep the event's extra fields: " + e.getMessage(), e);
        }
    }
}
