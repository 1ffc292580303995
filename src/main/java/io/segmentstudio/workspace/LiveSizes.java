package io.segmentstudio.workspace;

import io.segmentstudio.domain.ProgressListener;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many profiles each segment's current version selects now, from the columnar image: milliseconds
 * per segment once the image is in memory, so a catalog can show sizes without stored evaluations.
 */
public final class LiveSizes {
    /** A segment whose rule cannot be evaluated (a reference to a missing segment, a dropped attribute). */
    public static final long NOT_COUNTABLE = -1;

    private final Workspace workspace;

    public LiveSizes(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Segment name → members now, or {@link #NOT_COUNTABLE}; in the order given. */
    public Map<String, Long> count(List<String> segments, Instant asOf, ProgressListener progress) {
        SegmentRunner runner = new SegmentRunner(workspace);
        return workspace.image().read(progress, image -> {
            Map<String, Long> sizes = new LinkedHashMap<>();
            int done = 0;
            for (String segment : segments) {
                progress.checkCancelled();
                progress.progress(done++, segments.size(), "Counting " + segment);
                sizes.put(segment, size(runner, segment, asOf, image));
            }
            return sizes;
        });
    }

    private static long size(SegmentRunner runner, String segment, Instant asOf,
                             io.segmentstudio.engine.columnar.ProfileImage image) {
        try {
            return runner.membersColumnar(runner.segmentRule(segment), asOf, image).getLongCardinality();
        } catch (RuntimeException unreadable) {
            // the catalog shows it as not countable; opening it in the builder names the problem
            return NOT_COUNTABLE;
        }
    }
}
