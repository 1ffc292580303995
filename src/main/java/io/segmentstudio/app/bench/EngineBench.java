package io.segmentstudio.app.bench;

import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.columnar.ColumnarEngine;
import io.segmentstudio.engine.columnar.ColumnarRule;
import io.segmentstudio.engine.columnar.LiveSegments;
import io.segmentstudio.engine.columnar.Overlaps;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.workspace.ProfileImageLoader;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.roaringbitmap.RoaringBitmap;

/**
 * The engine figures of issue 4, measured in one run on one generated data set: the columnar engine
 * against DuckDB (one thread) and H2 running the SQL compiler's output for the same rules, with the
 * answers cross-checked so that a fast wrong engine cannot win.
 */
public final class EngineBench {
    private static final AsOf AS_OF = new AsOf(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);

    public record Options(int profiles, long seed, int runs, boolean withH2, Path workDirectory) {
    }

    /** One figure: the median per engine in its unit (null where not measured) and the target. */
    public record Figure(String name, String unit, String target, Double columnar, Double duckDb, Double h2) {
    }

    public record Report(int profiles, int attributes, long members, double columnBytesPerProfile,
                         double heapBytesPerProfile, List<Figure> figures) {
    }

    public Report run(Options options, ProgressListener progress) throws Exception {
        Files.createDirectories(options.workDirectory());
        BenchProfiles data = new BenchProfiles(options.seed());
        RuleSchema schema = RuleSchema.of(BenchProfiles.ATTRIBUTES, BenchProfiles.EVENT_PROPERTIES);
        // five warm-ups: with two, the first figure timed (the count) still ran partly before the JIT settled
        Timings timings = new Timings(5, options.runs());
        List<Figure> figures = new ArrayList<>();

        progress.progress(0, 7, "Building the columnar image of " + options.profiles() + " profiles");
        long heapBefore = usedHeap();
        ProfileImage image = ProfileImage.empty(schema, options.profiles(), 0);
        for (int row = 0; row < options.profiles(); row++) {
            image.add(BenchProfiles.key(row), data.row(row), List.of());
        }
        long heapBytes = usedHeap() - heapBefore;

        NativeRuleJson json = new NativeRuleJson();
        ReferenceExpander expander = new ReferenceExpander(SegmentResolver.NONE);
        Condition five = expander.expand(json.readRule(BenchSegments.FIVE_CONDITIONS, schema));
        List<Condition> twenty = BenchSegments.TWENTY.stream().map(r -> expander.expand(json.readRule(r, schema))).toList();
        ColumnarEngine engine = new ColumnarEngine();

        progress.progress(1, 7, "Columnar engine");
        Timings.Measured count = timings.measure(() -> engine.compile(five, image, AS_OF).count());
        Timings.Measured bitmap = timings.measure(() -> engine.compile(five, image, AS_OF).members());
        Timings.Measured rebuild = timings.measure(() -> bitmaps(engine, twenty, image));
        List<RoaringBitmap> cached = bitmaps(engine, twenty, image);
        Timings.Measured matrix = timings.measure(() -> Overlaps.pairwise(cached));
        Timings.Measured upSet = timings.measure(() -> Overlaps.upSet(cached, image.size()));
        long members = (Long) count.result();

        progress.progress(2, 7, "Real-time: purchases re-testing 100 segments");
        double perEvent = realTime(image, json, expander, schema, options.seed());

        Path csv = BenchCsv.write(data, options.profiles(), options.workDirectory().resolve("profiles.csv"));
        progress.progress(3, 7, "DuckDB on one thread");
        Timings.Measured duckCount;
        Timings.Measured duckMatrix;
        try (SqlEngineUnderTest duck = SqlEngineUnderTest.duckDb()) {
            duck.load(csv, BenchProfiles.ATTRIBUTES);
            duckCount = timings.measure(() -> duck.count(five, schema, AS_OF));
            duckMatrix = timings.measure(() -> duck.overlaps(twenty, schema, AS_OF));
        }
        agree("DuckDB's count", duckCount.result(), members);
        agree("DuckDB's overlap matrix", duckMatrix.result(), matrix.result());

        Double h2Count = null;
        Double h2Matrix = null;
        if (options.withH2()) {
            progress.progress(4, 7, "H2 (in memory)");
            try (SqlEngineUnderTest h2 = SqlEngineUnderTest.h2()) {
                h2.load(csv, BenchProfiles.ATTRIBUTES);
                Timings once = new Timings(0, 1);
                Timings.Measured measured = new Timings(1, Math.min(3, options.runs())).measure(() -> h2.count(five, schema, AS_OF));
                agree("H2's count", measured.result(), members);
                h2Count = measured.medianMs();
                Timings.Measured overlaps = once.measure(() -> h2.overlaps(twenty, schema, AS_OF));
                agree("H2's overlap matrix", overlaps.result(), matrix.result());
                h2Matrix = overlaps.medianMs();
            }
        }

        progress.progress(5, 7, "Opening a workspace file into columns");
        double[] open = openWorkspace(csv, options.workDirectory().resolve("bench-workspace"), members, five);
        Files.deleteIfExists(csv);

        figures.add(new Figure("5-condition count", "ms", "≤ 5 ms, ≥ 2× DuckDB", count.medianMs(), duckCount.medianMs(), h2Count));
        figures.add(new Figure("5-condition member bitmap", "ms", "≤ 10 ms", bitmap.medianMs(), null, null));
        figures.add(new Figure("20 segment bitmaps rebuilt", "ms", "—", rebuild.medianMs(), null, null));
        figures.add(new Figure("20×20 overlap matrix, cached bitmaps", "ms", "≤ 5 ms", matrix.medianMs(), null, null));
        figures.add(new Figure("20×20 overlap matrix, bitmaps rebuilt", "ms", "≤ 50 ms",
                matrix.medianMs() + rebuild.medianMs(), duckMatrix.medianMs(), h2Matrix));
        figures.add(new Figure("UpSet counts, 20 segments", "ms", "≤ 50 ms", upSet.medianMs(), null, null));
        figures.add(new Figure("open workspace, first time (H2 → columns, saved)", "ms", "—", open[0], null, null));
        figures.add(new Figure("open workspace again (saved columns)", "ms", "≤ 3 s", open[1], null, null));
        figures.add(new Figure("one event re-testing 100 segments", "µs", "≤ 5 µs", perEvent * 1000, null, null));
        progress.progress(7, 7, "Done");
        return new Report(options.profiles(), BenchProfiles.ATTRIBUTES.size(), members,
                (double) image.columnBytes() / options.profiles(), (double) heapBytes / options.profiles(), figures);
    }

    /**
     * Milliseconds per purchase event: appended to the image and re-tested against a hundred segments
     * that count purchases, member bitmaps updated (the in-memory part of real-time upkeep; H2 writes
     * are batched separately). Runs after the other columnar figures, as it adds events to the image.
     */
    private static double realTime(ProfileImage image, NativeRuleJson json, ReferenceExpander expander, RuleSchema schema,
                                   long seed) throws Exception {
        LiveSegments live = new LiveSegments(image, AS_OF);
        List<String> rules = BenchSegments.hundredCountingPurchases();
        for (int i = 0; i < rules.size(); i++) {
            live.put("p" + i, expander.expand(json.readRule(rules.get(i), schema)));
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int events = 20_000;
        // the events arrive made (parsing is the reader's work, timed with the H2 writes in events ingest)
        String[] keys = new String[events];
        Event[] purchases = new Event[events];
        for (int i = 0; i < events; i++) {
            keys[i] = BenchProfiles.key(random.nextInt(image.size()));
            purchases[i] = new Event("purchase", AS_OF.instant().minusSeconds(random.nextInt(400 * 86_400)),
                    Map.of("amount", java.math.BigDecimal.valueOf(random.nextInt(50_000), 2)));
        }
        Timings.Measured measured = new Timings(2, 7).measure(() -> {
            long changes = 0;
            for (int i = 0; i < events; i++) {
                int row = image.addEvent(keys[i], purchases[i]);
                changes += live.eventAdded(row, "purchase").size();
            }
            return changes;
        });
        return measured.medianMs() / events;
    }

    private static List<RoaringBitmap> bitmaps(ColumnarEngine engine, List<Condition> rules, ProfileImage image) {
        List<RoaringBitmap> bitmaps = new ArrayList<>(rules.size());
        for (Condition rule : rules) {
            ColumnarRule compiled = engine.compile(rule, image, AS_OF);
            bitmaps.add(compiled.members());
        }
        return bitmaps;
    }

    /**
     * A workspace file with the profiles, closed, then opened and loaded into columns twice (timed):
     * the first time from H2, saving the columns beside the file, the second from those columns.
     */
    private static double[] openWorkspace(Path csv, Path file, long members, Condition five) throws Exception {
        Path workspaceFile = io.segmentstudio.workspace.WorkspaceFile.of(file).file();
        BenchWorkspace.fromCsv(csv, file);
        double[] ms = new double[2];
        try {
            for (int opening = 0; opening < 2; opening++) {
                long start = System.nanoTime();
                try (Workspace workspace = Workspace.open(file)) {
                    ProfileImage image = new ProfileImageLoader(workspace).load(ProgressListener.NONE);
                    ms[opening] = (System.nanoTime() - start) / 1e6;
                    agree("the count over the opened workspace", new ColumnarEngine().compile(five, image, AS_OF).count(), members);
                }
            }
            return ms;
        } finally {
            Files.deleteIfExists(workspaceFile);
            Files.deleteIfExists(io.segmentstudio.workspace.WorkspaceFile.of(file).columnSnapshot());
        }
    }

    private static void agree(String what, Object actual, Object expected) {
        boolean same = actual instanceof long[][] a && expected instanceof long[][] b ? Arrays.deepEquals(a, b)
                : actual.equals(expected);
        if (!same) {
            throw new IllegalStateException(what + " differs from the columnar engine's: "
                    + (actual instanceof long[][] a ? Arrays.deepToString(a) : actual) + " vs "
                    + (expected instanceof long[][] b ? Arrays.deepToString(b) : expected));
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

}
