package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.RuleReads;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.columnar.ColumnarEngine;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.Debouncer;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.RunningTask;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.workspace.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * The member count that follows the builder's hand: each edit asks for a count, the burst is
 * debounced, the count runs in the background on the workspace's columnar image, a count still running
 * is cancelled by the next one, and a result that arrives after a newer request is thrown away.
 */
public final class LiveCount {
    /** How many members one top-level block has on its own. */
    public record BlockCount(String nodeId, long members) {
    }

    /** One member of the sample, with the values of the attributes the rule reads (PII masked). */
    public record SampleRow(String key, List<String> values) {
    }

    /** A finished count, for the tree it was asked for. */
    public record Counted(Group tree, long members, long profiles, List<BlockCount> blocks, List<String> columns,
                          List<SampleRow> sample) {
        public double share() {
            return profiles == 0 ? 0 : (double) members / profiles;
        }
    }

    static final int SAMPLE_ROWS = 100;
    private static final int SAMPLE_COLUMNS = 6;
    static final String MASK = "•••";

    private final Workspace workspace;
    private final SegmentResolver segments;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final ErrorReporter errors;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Counted> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(false);
    private long requested;
    private RunningTask running;

    public LiveCount(Workspace workspace, SegmentResolver segments, TaskRunner tasks, Debouncer debouncer,
                     ErrorReporter errors, Clock clock) {
        this.workspace = workspace;
        this.segments = segments;
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.errors = errors;
        this.clock = clock;
    }

    /** Asks for the count of a valid tree; the answer replaces {@link #resultProperty()} when it is the latest. */
    public void request(Group tree, RuleSchema schema) {
        long generation = ++requested;
        counting.set(true);
        debouncer.schedule(() -> start(generation, tree, schema));
    }

    /** Forgets the last result (the tree has problems and cannot be counted). */
    public void clear() {
        ++requested;
        if (running != null) {
            running.cancel();
        }
        counting.set(false);
        result.set(null);
    }

    private void start(long generation, Group tree, RuleSchema schema) {
        if (generation != requested) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        AsOf asOf = new AsOf(clock.instant(), workspace.timeZone());
        running = tasks.run(BackgroundTask.of("Counting members", progress -> workspace.image().read(progress,
                        image -> count(tree, schema, image, asOf)))
                .onSuccess(counted -> {
                    if (generation == requested) {
                        result.set(counted);
                        counting.set(false);
                    }
                })
                .onFailure(error -> {
                    if (generation == requested) {
                        counting.set(false);
                        errors.report("Cannot count the members of this rule", error);
                    }
                }));
    }

    private Counted count(Group tree, RuleSchema schema, ProfileImage image, AsOf asOf) {
        ReferenceExpander expander = new ReferenceExpander(segments);
        ColumnarEngine engine = new ColumnarEngine();
        Condition expanded = expander.expand(tree);
        RoaringBitmap members = engine.compile(expanded, image, asOf).members();
        List<BlockCount> blocks = new ArrayList<>();
        for (Condition block : tree.children()) {
            if (!block.disabled()) {
                blocks.add(new BlockCount(block.id(), engine.compile(expander.expand(block), image, asOf).count()));
            }
        }
        List<String> columns = RuleReads.of(expanded).attributes().stream().sorted().limit(SAMPLE_COLUMNS).toList();
        Map<String, Attribute> attributes = schema.attributes();
        List<SampleRow> sample = new ArrayList<>();
        IntIterator rows = members.getIntIterator();
        while (rows.hasNext() && sample.size() < SAMPLE_ROWS) {
            int row = rows.next();
            List<String> values = new ArrayList<>(columns.size());
            for (String column : columns) {
                Object value = image.value(row, column);
                values.add(value == null ? "" : attributes.get(column).pii() ? MASK : String.valueOf(value));
            }
            sample.add(new SampleRow(image.key(row), values));
        }
        return new Counted(tree, members.getLongCardinality(), image.size(), blocks, columns, sample);
    }

    public ReadOnlyObjectProperty<Counted> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True from a request until its answer (or its failure) arrives. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }
}
