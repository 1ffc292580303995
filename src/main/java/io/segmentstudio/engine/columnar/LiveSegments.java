package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.RuleReads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;

/**
 * The member bitmaps of a set of segments over one image, kept current as the image changes: a
 * changed profile is re-tested only against the segments that read one of its changed attributes,
 * a new event only against the segments that count its type. The caller applies each change to the
 * image first, then reports it here, and receives who entered and who exited.
 *
 * <p>Rules are compiled for one as-of instant. Relative dates ("in the last 30 days") move with time
 * even when no data changes; {@link #asOf(AsOf)} re-evaluates everything for a new instant (a daily
 * refresh). Not thread-safe, like the image.
 */
public final class LiveSegments {
    private final ProfileImage image;
    private final ColumnarEngine engine = new ColumnarEngine();
    private final Map<String, Live> segments = new LinkedHashMap<>();
    private final Map<String, Live[]> byAttribute = new HashMap<>();
    private final Map<String, Live[]> byEventType = new HashMap<>();
    private AsOf asOf;
    private long layout;

    /** Who entered or exited a segment. */
    public record Change(String segment, int row, boolean entered) {
    }

    /**
     * One segment: its members as plain bit words, where testing and flipping one row costs a few
     * nanoseconds (a hundred segments are re-tested per event), and as a bitmap built on demand.
     */
    private static final class Live {
        final String name;
        final Condition rule;
        final RuleReads reads;
        ColumnarRule compiled;
        long[] words = new long[0];
        RoaringBitmap bitmap;

        Live(String name, Condition rule) {
            this.name = name;
            this.rule = rule;
            this.reads = RuleReads.of(rule);
        }

        void replace(RoaringBitmap members, int rows) {
            words = new long[Words.count(rows)];
            members.forEach((int row) -> words[row >>> 6] |= 1L << row);
            bitmap = members;
        }

        boolean contains(int row) {
            return (row >>> 6) < words.length && Words.get(words, row);
        }

        void set(int row, boolean member) {
            if ((row >>> 6) >= words.length) {
                words = java.util.Arrays.copyOf(words, Math.max(Words.count(row + 1), words.length * 2));
            }
            Words.set(words, row, member);
            bitmap = null;
        }

        RoaringBitmap bitmap() {
            if (bitmap == null) {
                bitmap = org.roaringbitmap.BitSetUtil.bitmapOf(words);
            }
            return bitmap;
        }
    }

    public LiveSegments(ProfileImage image, AsOf asOf) {
        this.image = image;
        this.asOf = asOf;
        this.layout = image.layoutVersion();
    }

    /**
     * Adds or replaces a segment (a new definition, or one whose referenced segments changed) and
     * evaluates it in full.
     *
     * @param expandedRule the segment's rule passed through the reference expander
     */
    public void put(String name, Condition expandedRule) {
        Live live = new Live(name, expandedRule);
        live.compiled = engine.compile(expandedRule, image, asOf);
        live.replace(live.compiled.members(), image.size());
        segments.put(name, live);
        index();
    }

    public void remove(String name) {
        if (segments.remove(name) != null) {
            index();
        }
    }

    public Set<String> names() {
        return segments.keySet();
    }

    /** The current members' rows; a view the caller must not modify, valid until the next change. */
    public RoaringBitmap members(String name) {
        Live live = segments.get(name);
        if (live == null) {
            throw new IllegalArgumentException("no live segment '" + name + "'");
        }
        return live.bitmap();
    }

    /** Re-evaluates every segment as of a new instant; returns who entered and exited. */
    public List<Change> asOf(AsOf newAsOf) {
        this.asOf = newAsOf;
        List<Change> changes = new ArrayList<>();
        for (Live live : segments.values()) {
            live.compiled = engine.compile(live.rule, image, asOf);
            RoaringBitmap now = live.compiled.members();
            RoaringBitmap before = live.bitmap();
            RoaringBitmap.andNot(now, before).forEach((int row) -> changes.add(new Change(live.name, row, true)));
            RoaringBitmap.andNot(before, now).forEach((int row) -> changes.add(new Change(live.name, row, false)));
            live.replace(now, image.size());
        }
        layout = image.layoutVersion();
        return changes;
    }

    /** A profile's attributes were set (or the profile was added): re-tests it where those are read. */
    public List<Change> profileChanged(int row, Collection<String> attributes) {
        List<Change> changes = new ArrayList<>();
        for (String attribute : attributes) {
            for (Live live : byAttribute.getOrDefault(attribute, NONE)) {
                retest(live, row, changes);
            }
        }
        return changes;
    }

    /** A profile was added to the image: tested against every segment. */
    public List<Change> profileAdded(int row) {
        List<Change> changes = new ArrayList<>();
        for (Live live : segments.values()) {
            retest(live, row, changes);
        }
        return changes;
    }

    /** An event of the type was added to the profile: re-tests it where that type is counted. */
    public List<Change> eventAdded(int row, String eventType) {
        List<Change> changes = new ArrayList<>(0);
        for (Live live : byEventType.getOrDefault(eventType, NONE)) {
            retest(live, row, changes);
        }
        return changes;
    }

    private static final Live[] NONE = new Live[0];

    private void retest(Live live, int row, List<Change> changes) {
        if (image.layoutVersion() != layout) {
            recompile();
        }
        boolean member = live.compiled.test(row);
        if (member != live.contains(row)) {
            live.set(row, member);
            // a profile in two changed attributes' segments is tested twice; report it once
            Change change = new Change(live.name, row, member);
            if (!changes.contains(change)) {
                changes.add(change);
            }
        }
    }

    /** A column changed layout: same rows, same members, new compiled rules. */
    private void recompile() {
        for (Live live : segments.values()) {
            live.compiled = engine.compile(live.rule, image, asOf);
        }
        layout = image.layoutVersion();
    }

    private void index() {
        Map<String, List<Live>> attributes = new HashMap<>();
        Map<String, List<Live>> eventTypes = new HashMap<>();
        for (Live live : segments.values()) {
            live.reads.attributes().forEach(a -> attributes.computeIfAbsent(a, k -> new ArrayList<>()).add(live));
            live.reads.eventTypes().forEach(t -> eventTypes.computeIfAbsent(t, k -> new ArrayList<>()).add(live));
        }
        byAttribute.clear();
        byEventType.clear();
        attributes.forEach((a, list) -> byAttribute.put(a, list.toArray(NONE)));
        eventTypes.forEach((t, list) -> byEventType.put(t, list.toArray(NONE)));
    }
}
