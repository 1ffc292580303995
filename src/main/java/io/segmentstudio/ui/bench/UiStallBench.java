package io.segmentstudio.ui.bench;

import io.segmentstudio.app.bench.UiBench;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.edit.RuleEdits;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.ui.builder.BuilderContext;
import io.segmentstudio.ui.builder.InterchangeDialogs;
import io.segmentstudio.ui.builder.LiveCount;
import io.segmentstudio.ui.builder.RuleBuilderView;
import io.segmentstudio.ui.builder.RuleBuilderViewModel;
import io.segmentstudio.ui.builder.SegmentSession;
import io.segmentstudio.ui.builder.SessionDialogs;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.FxDebouncer;
import io.segmentstudio.ui.common.FxTaskRunner;
import io.segmentstudio.ui.common.ThemeManager;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The rule builder on a real window over a big workspace, edited the way a user types: bursts of
 * keystrokes changing a value, then a pause while the count runs. An animation timer notes every pulse
 * the UI thread delivers; a gap between two pulses is how long the thread was kept from drawing. Also
 * notes how long each edit took to show its count. Needs a display (run it under Xvfb on a server).
 */
public final class UiStallBench implements UiBench {
    /** What the user is modelled as: keystrokes this far apart within a burst, this long a pause after. */
    private static final long KEYSTROKE_MS = 70;
    private static final long PAUSE_MS = 450;
    private static final int BURST = 4;
    private static final int WARM_UP_EDITS = 12;

    @Override
    public Report run(Options options, ProgressListener progress) throws Exception {
        startToolkit();
        ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "bench-background");
            thread.setDaemon(true);
            return thread;
        });
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        ErrorReporter errors = (title, error) -> failures.add(new IllegalStateException(title, error));
        Frames frames = onFx(Frames::new);
        try (Workspace workspace = Workspace.open(options.workspace())) {
            progress.progress(0, 3, "Opening the builder on " + workspace.name());
            onFx(() -> { frames.start(); return null; });
            BuilderContext context = BuilderContext.read(workspace, progress);
            Group rule = (Group) new NativeRuleJson().readRule(options.rule(), context.schema());
            Stage[] stage = new Stage[1];
            Work[] made = new Work[1];
            RuleBuilderViewModel builder = onFx(() -> {
                RuleBuilderViewModel model = new RuleBuilderViewModel(workspace, context, new FxTaskRunner(background),
                        new FxDebouncer(Duration.millis(120)), errors, Clock.systemDefaultZone());
                made[0] = new Work(model.count()); // before the view, so that its listener runs first
                SegmentSession session = new SegmentSession(workspace, new FxTaskRunner(background), errors, model::tree,
                        new SimpleStringProperty("bench"), () -> { });
                ThemeManager themes = new ThemeManager();
                Scene scene = new Scene(new ViewLoader().load(RuleBuilderView.class, () -> new RuleBuilderView(model,
                        session, io.segmentstudio.ui.common.Formats.system(Clock.systemDefaultZone()),
                        new InterchangeDialogs(themes, errors), new SessionDialogs(themes))), 1400, 900);
                themes.attach(scene);
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                return model;
            });
            Counts counts = onFx(() -> new Counts(builder.count()));
            Work work = made[0];
            onFx(() -> { work.attach(stage[0].getScene(), builder.count()); return null; });
            onFx(() -> { builder.open(rule, "Bench rule"); counts.edited(builder.tree()); return null; });
            counts.awaitCounted(builder, 60_000);
            double openingStall = onFx(frames::maxGapAndReset);
            long profiles = onFx(() -> builder.count().resultProperty().get().profiles());

            Predicate edited = firstGreaterThan(rule);
            BigDecimal base = ((Value.Dec) ((Operand.Single) edited.operand()).value()).value();
            progress.progress(1, 3, "Warming up");
            type(builder, counts, work, edited, base, WARM_UP_EDITS, 0);
            counts.awaitCounted(builder, 30_000);
            onFx(() -> { frames.maxGapAndReset(); counts.reset(); work.reset(); return null; });
            progress.progress(2, 3, "Editing while counting: " + options.edits() + " edits");
            type(builder, counts, work, edited, base, options.edits(), WARM_UP_EDITS);
            counts.awaitCounted(builder, 30_000);
            double[] gaps = onFx(frames::gaps);
            double[] latencies = onFx(counts::latencies);
            Work.Figures figures = onFx(work::figures);
            onFx(() -> { frames.stop(); stage[0].close(); return null; });
            if (!failures.isEmpty()) {
                throw new IllegalStateException("the builder failed during the bench", failures.get(0));
            }
            progress.progress(3, 3, "Done");
            return new Report(profiles, options.edits(), gaps, latencies, openingStall, figures.work(), figures.edits(),
                    figures.counts(), figures.layouts());
        } finally {
            background.shutdownNow();
            Platform.exit(); // the command ends here: nothing else needs the toolkit
        }
    }

    /** Changes the value of the condition as keystrokes would: bursts, then a pause long enough to count. */
    private static void type(RuleBuilderViewModel builder, Counts counts, Work work, Predicate edited, BigDecimal base,
                             int edits, int offset) throws Exception {
        for (int i = 0; i < edits; i++) {
            BigDecimal value = base.add(BigDecimal.valueOf((offset + i) % 97));
            Predicate changed = new Predicate(edited.id(), edited.attribute(), edited.operator(),
                    new Operand.Single(new Value.Dec(value)), edited.text(), edited.disabled());
            Platform.runLater(() -> {
                long start = System.nanoTime();
                builder.change(changed);
                work.handled(Work.Kind.EDIT, start);
                counts.edited(builder.tree());
            });
            Thread.sleep((i + 1) % BURST == 0 ? PAUSE_MS : KEYSTROKE_MS);
        }
    }

    private static Predicate firstGreaterThan(Group rule) {
        return RuleEdits.ids(rule).stream().map(id -> RuleEdits.find(rule, id).orElseThrow())
                .filter(node -> node instanceof Predicate p && p.operand() instanceof Operand.Single single
                        && single.value() instanceof Value.Dec)
                .map(Predicate.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the bench rule needs a condition comparing a decimal"));
    }

    private static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // a second run in the same process reuses the toolkit
        }
        Platform.setImplicitExit(false);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The pulses the UI thread delivered, as the time between each and the one before. */
    private static final class Frames extends AnimationTimer {
        private final List<Double> gaps = new ArrayList<>();
        private long last;

        @Override
        public void handle(long now) {
            long time = System.nanoTime();
            if (last != 0) {
                gaps.add((time - last) / 1e6);
            }
            last = time;
        }

        double maxGapAndReset() {
            double max = gaps.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            gaps.clear();
            return max;
        }

        double[] gaps() {
            return gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }

    /**
     * What the UI thread did for the builder, in order: edit and count handlers, and the CSS and layout
     * pass of each pulse (between the scene's pre- and post-layout pulse listeners). Drawing is left out:
     * it runs on the render thread, and how long it takes is the graphics card's (or, headless, the
     * software renderer's) business.
     */
    private static final class Work {
        enum Kind { EDIT, COUNT, LAYOUT }

        record Done(Kind kind, long start, long end) {
            double ms() {
                return (end - start) / 1e6;
            }
        }

        record Figures(double[] work, double[] edits, double[] counts, double[] layouts) {
        }

        private final List<Done> done = new ArrayList<>();
        private long layoutStart;
        private long countStart;

        /** Listens before the view does: a count's handling starts here. */
        Work(LiveCount count) {
            count.resultProperty().addListener((observable, old, counted) -> countStart = System.nanoTime());
        }

        /** Listens after the view: a count's handling ends here; and times the pulses' CSS and layout. */
        void attach(Scene scene, LiveCount count) {
            scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> done.add(new Done(Kind.LAYOUT, layoutStart, System.nanoTime())));
            count.resultProperty().addListener((observable, old, counted) -> handled(Kind.COUNT, countStart));
        }

        void handled(Kind kind, long start) {
            done.add(new Done(kind, start, System.nanoTime()));
        }

        void reset() {
            done.clear();
        }

        Figures figures() {
            List<Double> work = new ArrayList<>();
            for (int i = 0; i < done.size(); i++) {
                Done handler = done.get(i);
                if (handler.kind() == Kind.LAYOUT) {
                    continue;
                }
                double ms = handler.ms();
                for (int j = i + 1; j < done.size(); j++) {
                    if (done.get(j).kind() == Kind.LAYOUT) {
                        ms += done.get(j).ms();
                        break;
                    }
                }
                work.add(ms);
            }
            return new Figures(sorted(work), sorted(of(Kind.EDIT)), sorted(of(Kind.COUNT)), sorted(of(Kind.LAYOUT)));
        }

        private List<Double> of(Kind kind) {
            return done.stream().filter(d -> d.kind() == kind).map(Done::ms).toList();
        }

        private static double[] sorted(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }

    /** When each rule was made and when its count arrived (counts of superseded rules are dropped by the builder). */
    private static final class Counts {
        private final Map<Group, Long> editedAt = new IdentityHashMap<>();
        private final List<Double> latencies = new ArrayList<>();
        private final AtomicReference<Group> lastCounted = new AtomicReference<>();

        Counts(LiveCount count) {
            count.resultProperty().addListener((observable, old, counted) -> {
                if (counted != null) {
                    Long at = editedAt.get(counted.tree());
                    if (at != null) {
                        latencies.add((System.nanoTime() - at) / 1e6);
                    }
                    lastCounted.set(counted.tree());
                }
            });
        }

        void edited(Group tree) {
            editedAt.put(tree, System.nanoTime());
        }

        void reset() {
            latencies.clear();
        }

        double[] latencies() {
            return latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }

        /** Waits until the rule on screen is the one last counted. */
        void awaitCounted(RuleBuilderViewModel builder, long timeoutMs) throws Exception {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (onFx(builder::tree) != lastCounted.get()) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("no count arrived within " + timeoutMs + " ms");
                }
                Thread.sleep(20);
            }
        }
    }
}
