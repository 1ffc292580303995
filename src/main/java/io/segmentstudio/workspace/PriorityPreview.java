package io.segmentstudio.workspace;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.engine.columnar.PriorityAssignment;
import io.segmentstudio.engine.columnar.ProfileImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Raw and exclusive sizes of a priority group's segments, from their member bitmaps on the columnar image
 * (milliseconds, so a view can show the effect of a drag before it is saved). Each segment is evaluated at
 * its current version, like every live count.
 */
public final class PriorityPreview {
    private final Workspace workspace;

    public PriorityPreview(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Members of a segment that one segment above it took. */
    public record Loss(String to, long profiles) {
    }

    /**
     * One segment of the group.
     *
     * @param members   its own size
     * @param exclusive the profiles it keeps: its members that no segment above it took
     * @param lostTo    who took the rest, highest priority first; only segments that took someone
     */
    public record Row(String segment, long members, long exclusive, List<Loss> lostTo) {
        public Row {
            lostTo = List.copyOf(lostTo);
        }
    }

    /** @param profiles all profiles of the workspace */
    public record Result(String group, Instant asOf, long profiles, List<Row> rows) {
        public Result {
            rows = List.copyOf(rows);
        }

        /** Profiles assigned to some segment of the group (each counted once). */
        public long assigned() {
            return rows.stream().mapToLong(Row::exclusive).sum();
        }
    }

    /** Sizes of a saved group, in its order. */
    public Result compute(String group, Instant asOf, ProgressListener progress) {
        List<String> segments = workspace.priorityGroups().find(group)
                .orElseThrow(() -> new IllegalArgumentException("No priority group named '" + group + "'"))
                .segments();
        return compute(group, segments, asOf, progress);
    }

    /** Sizes of segments in a given order, saved or not (the preview of a reorder). */
    public Result compute(String label, List<String> segmentsInOrder, Instant asOf, ProgressListener progress) {
        ProfileImage image = workspace.image().current(progress);
        SegmentRunner runner = new SegmentRunner(workspace);
        List<RoaringBitmap> members = new ArrayList<>();
        for (String segment : segmentsInOrder) {
            progress.checkCancelled();
            members.add(runner.membersColumnar(runner.segmentRule(segment), asOf, image));
        }
        List<RoaringBitmap> exclusive = PriorityAssignment.exclusive(members);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < segmentsInOrder.size(); i++) {
            rows.add(new Row(segmentsInOrder.get(i), members.get(i).getLongCardinality(),
                    exclusive.get(i).getLongCardinality(), losses(segmentsInOrder, members.get(i), exclusive, i)));
        }
        return new Result(label, asOf, image.size(), rows);
    }

    /** What the segments above took of one segment's members: each profile went to the first it belongs to. */
    private static List<Loss> losses(List<String> segments, RoaringBitmap members, List<RoaringBitmap> exclusive,
                                     int index) {
        List<Loss> losses = new ArrayList<>();
        for (int above = 0; above < index; above++) {
            long taken = RoaringBitmap.andCardinality(members, exclusive.get(above));
            if (taken > 0) {
                losses.add(new Loss(segments.get(above), taken));
            }
        }
        return losses;
    }
}
