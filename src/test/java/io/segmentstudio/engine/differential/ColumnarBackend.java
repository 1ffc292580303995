package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.engine.columnar.ColumnarEngine;
import io.segmentstudio.engine.columnar.ColumnarRule;
import io.segmentstudio.engine.columnar.ProfileImage;
import java.util.SortedSet;
import java.util.TreeSet;
import org.roaringbitmap.RoaringBitmap;

/**
 * The columnar engine over an image of the scenario's profiles. Each case checks both of its paths:
 * the word-at-a-time scan that builds the member bitmap, and the one-row test of real-time updates.
 */
final class ColumnarBackend implements Backend {
    private final ColumnarEngine engine = new ColumnarEngine();
    private ProfileImage image;
    private long nanos;
    private long loadNanos;

    @Override
    public String name() {
        return "columnar";
    }

    @Override
    public void load(Scenario scenario) {
        long start = System.nanoTime();
        image = ProfileImage.of(DiffSchema.SCHEMA, scenario.profiles());
        long took = System.nanoTime() - start;
        loadNanos += took;
        nanos += took;
    }

    @Override
    public SortedSet<String> members(Condition expandedRule, Scenario scenario) {
        long start = System.nanoTime();
        try {
            ColumnarRule rule = engine.compile(expandedRule, image, scenario.asOf());
            RoaringBitmap rows = rule.members();
            SortedSet<String> members = new TreeSet<>();
            rows.forEach((int row) -> members.add(image.key(row)));
            for (int row = 0; row < image.size(); row++) {
                if (rule.test(row) != rows.contains(row)) {
                    throw new IllegalStateException("the one-row test and the scan disagree on profile "
                            + image.key(row) + " (scan: " + rows.contains(row) + ")");
                }
            }
            if (rule.count() != members.size()) {
                throw new IllegalStateException("count " + rule.count() + " but " + members.size() + " members");
            }
            return members;
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public long loadNanos() {
        return loadNanos;
    }

    @Override
    public void close() {
    }
}
