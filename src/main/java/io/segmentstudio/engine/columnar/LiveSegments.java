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
import org.roaringbitmap.RoaringBitmapWriter;

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
    /**
     * Who is in which segment, row by row: {@code stride} words per row, bit {@code slot} for a
     * segment. Re-testing one profile against a hundred segments then touches one cache line of
     * memberships instead of a hundred arrays (a cache miss each: most of the time per event).
     */
    private long[] memberBits = new long[0];
    private int stride = 1;
    private final java.util.BitSet slots = new java.util.BitSet();
    private AsOf asOf;
    private long layout;
    private SharedLeaves shared = new SharedLeaves();

    /** Who entered or exited a segment. */
    public record Change(String segment, int row, boolean entered) {
    }

    /** One segment: its rule, what it reads, and its slot in the membership bits. */
    private static final class Live {
        final String name;
        final Condition rule;
        final RuleReads reads;
        final int slot;
        ColumnarRule compiled;
        RoaringBitmap bitmap;

        Live(String name, Condition rule, int slot) {
            this.name = name;
            this.rule = rule;
            this.reads = RuleReads.of(rule);
            this.slot = slot;
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
        if (image.layoutVersion() != layout) {
            recompile(); // shared leaves compiled on the old layout must not be reused
        }
        Live previous = segments.remove(name);
        if (previous != null) {
            release(previous);
        }
        Live live = new Live(name, expandedRule, slots.nextClearBit(0));
        slots.set(live.slot);
        live.compiled = engine.compile(expandedRule, image, asOf, shared);
        store(live, live.compiled.members());
        segments.put(name, live);
        index();
    }

    public void remove(String name) {
        Live live = segments.remove(name);
        if (live != null) {
            release(live);
            index();
        }
    }

    private void release(Live live) {
        store(live, new RoaringBitmap());
        slots.clear(live.slot);
    }

    /** Replaces a segment's members in the row-wise bits. */
    private void store(Live live, RoaringBitmap members) {
        fit(image.size(), live.slot);
        long bit = 1L << live.slot;
        int word = live.slot >>> 6;
        for (int offset = word; offset < memberBits.length; offset += stride) {
            memberBits[offset] &= ~bit;
        }
        members.forEach((int row) -> memberBits[row * stride + word] |= bit);
        live.bitmap = members;
    }

    /** Grows the bits to hold the rows and the slot, keeping what they hold. */
    private void fit(int rows, int slot) {
        int neededStride = Math.max(stride, (slot >>> 6) + 1);
        int neededRows = Math.max(rows, memberBits.length / stride);
        if (neededStride == stride && (long) neededRows * stride <= memberBits.length) {
            return;
        }
        int capacityRows = Math.max(neededRows, (memberBits.length / stride) * 3 / 2 + 16);
        long[] grown = new long[Math.multiplyExact(capacityRows, neededStride)];
        int oldRows = memberBits.length / stride;
        for (int row = 0; row < oldRows; row++) {
            System.arraycopy(memberBits, row * stride, grown, row * neededStride, stride);
        }
        memberBits = grown;
        stride = neededStride;
    }

    private boolean isMember(Live live, int row) {
        int offset = row * stride + (live.slot >>> 6);
        return offset < memberBits.length && (memberBits[offset] & (1L << live.slot)) != 0;
    }

    private void setMember(Live live, int row, boolean member) {
        fit(row + 1, live.slot);
        int offset = row * stride + (live.slot >>> 6);
        if (member) {
            memberBits[offset] |= 1L << live.slot;
        } else {
            memberBits[offset] &= ~(1L << live.slot);
        }
        live.bitmap = null;
    }

    /** The segment's members as a bitmap, collected from the row-wise bits when they changed. */
    private RoaringBitmap bitmap(Live live) {
        if (live.bitmap == null) {
            RoaringBitmapWriter<RoaringBitmap> writer = RoaringBitmapWriter.writer().get();
            int word = live.slot >>> 6;
            long bit = 1L << live.slot;
            int rows = Math.min(image.size(), memberBits.length / stride);
            for (int row = 0; row < rows; row++) {
                if ((memberBits[row * stride + word] & bit) != 0) {
                    writer.add(row);
                }
            }
            live.bitmap = writer.get();
        }
        return live.bitmap;
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
        return bitmap(live);
    }

    /** Re-evaluates every segment as of a new instant; returns who entered and exited. */
    public List<Change> asOf(AsOf newAsOf) {
        this.asOf = newAsOf;
        shared = new SharedLeaves();
        List<Change> changes = new ArrayList<>();
        for (Live live : segments.values()) {
            live.compiled = engine.compile(live.rule, image, asOf, shared);
            RoaringBitmap now = live.compiled.members();
            RoaringBitmap before = bitmap(live);
            RoaringBitmap.andNot(now, before).forEach((int row) -> changes.add(new Change(live.name, row, true)));
            RoaringBitmap.andNot(before, now).forEach((int row) -> changes.add(new Change(live.name, row, false)));
            store(live, now);
        }
        layout = image.layoutVersion();
        return changes;
    }

    /** A profile's attributes were set (or the profile was added): re-tests it where those are read. */
    public List<Change> profileChanged(int row, Collection<String> attributes) {
        begin();
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
        begin();
        List<Change> changes = new ArrayList<>();
        for (Live live : segments.values()) {
            retest(live, row, changes);
        }
        return changes;
    }

    /** An event of the type was added to the profile: re-tests it where that type is counted. */
    public List<Change> eventAdded(int row, String eventType) {
        begin();
        List<Change> changes = new ArrayList<>(0);
        for (Live live : byEventType.getOrDefault(eventType, NONE)) {
            retest(live, row, changes);
        }
        return changes;
    }

    private static final Live[] NONE = new Live[0];

    /** The data changed since the last call: remembered verdicts are void, and layouts may have moved. */
    private void begin() {
        if (image.layoutVersion() != layout) {
            recompile();
        }
        shared.nextRound();
    }

    private void retest(Live live, int row, List<Change> changes) {
        boolean member = live.compiled.test(row);
        if (member != isMember(live, row)) {
            setMember(live, row, member);
            // a profile in two changed attributes' segments is tested twice; report it once
            Change change = new Change(live.name, row, member);
            if (!changes.contains(change)) {
                changes.add(change);
            }
        }
    }

    /** A column changed layout: same rows, same members, new compiled rules. */
    private void recompile() {
        shared = new SharedLeaves();
        for (Live live : segments.values()) {
            live.compiled = engine.compile(live.rule, image, asOf, shared);
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
