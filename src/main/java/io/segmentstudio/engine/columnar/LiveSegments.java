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
    private final Map<String, Live> segments = new LinkedHashMap<>();
    /** The segments by slot, and which slots read an attribute or count an event type (bit masks). */
    private Live[] bySlot = new Live[0];
    private final Map<String, long[]> byAttribute = new HashMap<>();
    private final Map<String, long[]> byEventType = new HashMap<>();
    /** Segments an event can only bring rows into, or only take rows out of ({@link LiveRule.Direction}). */
    private long[] onlyIn = new long[0];
    private long[] onlyOut = new long[0];
    /** Who is in which segment. */
    private final RowBits members = new RowBits();
    /** Where a segment's attribute tests leave its verdict to its event conditions ({@link LiveRule}). */
    private final RowBits open = new RowBits();
    /** Rows whose open bits are known: rows the image gained without a report are caught up first. */
    private int rows;
    private final java.util.BitSet slots = new java.util.BitSet();
    private AsOf asOf;
    private long layout;
    private SharedLeaves shared = new SharedLeaves();

    /** Who entered or exited a segment. */
    public record Change(String segment, int row, boolean entered) {
    }

    /** One segment: its rule, what it reads, and its slot in the row bits. */
    private static final class Live {
        final String name;
        final Condition rule;
        final RuleReads reads;
        final int slot;
        LiveRule compiled;
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
        this.rows = image.size();
    }

    /**
     * Adds or replaces a segment (a new definition, or one whose referenced segments changed) and
     * evaluates it in full.
     *
     * @param expandedRule the segment's rule passed through the reference expander
     */
    public void put(String name, Condition expandedRule) {
        begin(); // shared leaves compiled on an old layout must not be reused
        Live previous = segments.remove(name);
        if (previous != null) {
            release(previous);
        }
        Live live = new Live(name, expandedRule, slots.nextClearBit(0));
        slots.set(live.slot);
        live.compiled = LiveRule.compile(expandedRule, image, asOf, shared);
        evaluate(live);
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
        members.column(live.slot, rows, new RoaringBitmap());
        slots.clear(live.slot);
    }

    /** Evaluates a segment over every row. */
    private void evaluate(Live live) {
        live.bitmap = live.compiled.members(rows);
        members.column(live.slot, rows, live.bitmap);
        open.column(live.slot, rows, live.compiled.openRows(rows));
    }

    /** The segment's members as a bitmap, collected from the row bits when they changed. */
    private RoaringBitmap bitmap(Live live) {
        if (live.bitmap == null) {
            live.bitmap = members.column(live.slot, rows);
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
        begin();
        this.asOf = newAsOf;
        shared = new SharedLeaves();
        List<Change> changes = new ArrayList<>();
        for (Live live : segments.values()) {
            live.compiled = LiveRule.compile(live.rule, image, asOf, shared);
            RoaringBitmap before = bitmap(live);
            evaluate(live);
            RoaringBitmap now = live.bitmap;
            RoaringBitmap.andNot(now, before).forEach((int row) -> changes.add(new Change(live.name, row, true)));
            RoaringBitmap.andNot(before, now).forEach((int row) -> changes.add(new Change(live.name, row, false)));
        }
        return changes;
    }

    /** A profile's attributes were set (or the profile was added): re-tests it where those are read. */
    public List<Change> profileChanged(int row, Collection<String> attributes) {
        begin();
        long[] reading = new long[bySlot.length >>> 6];
        for (String attribute : attributes) {
            long[] mask = byAttribute.get(attribute);
            if (mask != null) {
                for (int w = 0; w < mask.length; w++) {
                    reading[w] |= mask[w];
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (int w = 0; w < reading.length; w++) {
            for (long left = reading[w]; left != 0; left &= left - 1) {
                Live live = bySlot[(w << 6) + Long.numberOfTrailingZeros(left)];
                boolean isOpen = live.compiled.isOpen(row);
                open.set(row, live.slot, isOpen);
                retest(live, row, isOpen, changes);
            }
        }
        return changes;
    }

    /** A profile was added to the image: tested against every segment. */
    public List<Change> profileAdded(int row) {
        begin(); // finds the row's open bits
        List<Change> changes = new ArrayList<>();
        for (Live live : segments.values()) {
            retest(live, row, open.get(row, live.slot), changes);
        }
        return changes;
    }

    /**
     * An event of the type was added to the profile: re-tests it where that type is counted and the
     * attribute tests leave the verdict open (elsewhere an event cannot change it).
     */
    public List<Change> eventAdded(int row, String eventType) {
        begin();
        long[] counting = byEventType.get(eventType);
        if (counting == null) {
            return List.of();
        }
        List<Change> changes = null;
        for (int w = 0; w < counting.length; w++) {
            long in = members.word(row, w); // read with the open word: their cache misses overlap
            // members stay in where an event can only bring rows in, others stay out where it can only take them out
            long movable = counting[w] & open.word(row, w) & ~(in & onlyIn[w]) & ~(~in & onlyOut[w]);
            for (long left = movable; left != 0; left &= left - 1) {
                int bit = Long.numberOfTrailingZeros(left);
                Live live = bySlot[(w << 6) + bit];
                if (live.compiled.test(row, true) != ((in & 1L << bit) != 0)) {
                    changes = changes == null ? new ArrayList<>(4) : changes;
                    flip(live, row, changes);
                }
            }
        }
        return changes == null ? List.of() : changes;
    }

    private void retest(Live live, int row, boolean isOpen, List<Change> changes) {
        if (live.compiled.test(row, isOpen) != members.get(row, live.slot)) {
            flip(live, row, changes);
        }
    }

    private void flip(Live live, int row, List<Change> changes) {
        boolean member = !members.get(row, live.slot);
        members.set(row, live.slot, member);
        live.bitmap = null;
        changes.add(new Change(live.name, row, member));
    }

    /**
     * The data changed since the last call: remembered verdicts are void, layouts may have moved, and
     * rows the image gained unreported get their open bits (their memberships are found when tested).
     */
    private void begin() {
        if (image.layoutVersion() != layout) {
            recompile();
        }
        shared.nextRound();
        for (; rows < image.size(); rows++) {
            for (Live live : segments.values()) {
                open.set(rows, live.slot, live.compiled.isOpen(rows));
            }
        }
    }

    /**
     * A column changed layout: same rows, same values, so the same members and open rows; new
     * compiled rules.
     */
    private void recompile() {
        shared = new SharedLeaves();
        for (Live live : segments.values()) {
            live.compiled = LiveRule.compile(live.rule, image, asOf, shared);
        }
        layout = image.layoutVersion();
    }

    private void index() {
        int words = (slots.length() + 63) >>> 6;
        bySlot = new Live[words << 6];
        onlyIn = new long[words];
        onlyOut = new long[words];
        byAttribute.clear();
        byEventType.clear();
        for (Live live : segments.values()) {
            bySlot[live.slot] = live;
            LiveRule.Direction direction = live.compiled.direction();
            if (direction == LiveRule.Direction.IN || direction == LiveRule.Direction.OUT) {
                (direction == LiveRule.Direction.IN ? onlyIn : onlyOut)[live.slot >>> 6] |= 1L << live.slot;
            }
            live.reads.attributes().forEach(a -> byAttribute.computeIfAbsent(a, k -> new long[words])[live.slot >>> 6]
                    |= 1L << live.slot);
            live.reads.eventTypes().forEach(t -> byEventType.computeIfAbsent(t, k -> new long[words])[live.slot >>> 6]
                    |= 1L << live.slot);
        }
    }
}
