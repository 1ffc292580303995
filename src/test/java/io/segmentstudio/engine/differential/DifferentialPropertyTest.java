package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.format.NativeRuleJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rule engine contract of DESIGN.md, checked by brute force: random trees over random profile sets
 * give exactly the same members in the in-memory evaluator, H2, PostgreSQL and DuckDB.
 *
 * <p>Seeds: every run draws a fresh base seed (printed first, so the run can be repeated with
 * {@code -Dsegmentstudio.diff.baseSeed=<hex>}), so that CI keeps exploring new cases instead of
 * re-checking the same 10,000 for ever; what a fresh seed once found is kept for good in the regression
 * corpus ({@link DifferentialRegressionTest}). A single case replays with
 * {@code -Dsegmentstudio.diff.seed=<case seed>}, which every failure report prints. The volume is
 * {@code segmentstudio.diff.sets} profile sets (50–300 profiles each, loaded once per backend) ×
 * {@code segmentstudio.diff.trees} trees, 100 × 100 by default.
 */
class DifferentialPropertyTest {
    private static final int SETS = Integer.getInteger("segmentstudio.diff.sets", 100);
    private static final int TREES = Integer.getInteger("segmentstudio.diff.trees", 100);
    /** Enough to see a pattern; more would only repeat it. */
    private static final int STOP_AFTER = 10;
    private static final int REPORTED = 3;
    /** From this many cases on, every feature of {@link Coverage#required()} must have been generated. */
    private static final long FULL_VOLUME = 5_000;

    @Test
    void everyBackendSelectsTheSameMembers() throws Exception {
        String replay = System.getProperty(Seeds.CASE_SEED_PROPERTY, "").trim();
        if (!replay.isEmpty()) {
            replay(Seeds.parse(replay));
            return;
        }
        long base = Seeds.baseSeed();
        System.out.println("Differential: base seed " + Seeds.format(base) + " (repeat this run with -D"
                + Seeds.BASE_SEED_PROPERTY + "=" + Seeds.format(base) + "), " + SETS + " profile sets × " + TREES + " trees");
        long start = System.nanoTime();
        List<DifferentialHarness.Failure> failures = new ArrayList<>();
        Coverage coverage = new Coverage();
        try (DifferentialHarness harness = DifferentialHarness.open()) {
            int sets = 0;
            for (int i = 0; i < SETS && failures.size() < STOP_AFTER; i++) {
                int setSeed = Seeds.setSeed(base, i);
                Scenario scenario = Scenario.generate(setSeed);
                ValueIndex values = new ValueIndex(scenario.profiles());
                harness.load(scenario);
                try {
                    for (int j = 0; j < TREES && failures.size() < STOP_AFTER; j++) {
                        long caseSeed = Seeds.caseSeed(setSeed, j);
                        RandomTrees.Generated generated = new RandomTrees(caseSeed, scenario, values).generate();
                        coverage.record(generated);
                        harness.check(replayHint(caseSeed), scenario, generated.tree(), generated.segments())
                                .ifPresent(failures::add);
                    }
                } finally {
                    harness.restoreJvmDefaults();
                }
                sets++;
            }
            System.out.println(summary(harness, sets, failures.size(), System.nanoTime() - start, base));
        }
        System.out.println("Differential: generated " + (Coverage.required().size() - coverage.missing().size()) + " of "
                + Coverage.required().size() + " required features" + (coverage.missing().isEmpty() ? ""
                : "; not generated: " + coverage.missing()));
        assertThat(failures).as(() -> failures.size() + (failures.size() >= STOP_AFTER ? "+" : "")
                + " disagreement(s); the first ones:\n" + failures.stream().limit(REPORTED)
                .map(DifferentialHarness.Failure::report).collect(Collectors.joining("\n"))).isEmpty();
        if ((long) SETS * TREES >= FULL_VOLUME) {
            assertThat(coverage.missing()).as("features the generator never produced in %d cases", SETS * TREES).isEmpty();
        }
    }

    /** Runs one case, printing its tree, SQL and member counts whether or not the backends agree. */
    private static void replay(long caseSeed) throws Exception {
        int setSeed = Seeds.setSeedOf(caseSeed);
        Scenario scenario = Scenario.generate(setSeed);
        RandomTrees.Generated generated = new RandomTrees(caseSeed, scenario, new ValueIndex(scenario.profiles())).generate();
        System.out.println("Differential: replaying case " + Seeds.format(caseSeed) + "\n" + scenario.describe() + "\n"
                + new NativeRuleJson().write(SegmentDefinition.of(generated.tree())));
        Optional<DifferentialHarness.Failure> failure;
        try (DifferentialHarness harness = DifferentialHarness.open()) {
            harness.load(scenario);
            try {
                failure = harness.check(replayHint(caseSeed), scenario, generated.tree(), generated.segments());
                if (failure.isEmpty()) {
                    var expanded = new ReferenceExpander(SegmentResolver.of(generated.segments())).expand(generated.tree());
                    for (SqlBackend database : harness.databases()) {
                        System.out.println("-- " + database.name() + ": " + database.members(expanded, scenario).size()
                                + " members\n" + Show.sql(database.sql(expanded, scenario)));
                    }
                    System.out.println("Differential: all backends agree on case " + Seeds.format(caseSeed));
                }
            } finally {
                harness.restoreJvmDefaults();
            }
        }
        assertThat(failure).as(() -> failure.map(DifferentialHarness.Failure::report).orElse("")).isEmpty();
    }

    static String replayHint(long caseSeed) {
        return "case " + Seeds.format(caseSeed) + " (replay: mvn -B -q test -Dtest=DifferentialPropertyTest -D"
                + Seeds.CASE_SEED_PROPERTY + "=" + Seeds.format(caseSeed) + ")";
    }

    private static String summary(DifferentialHarness harness, int sets, int failures, long nanos, long base) {
        StringBuilder timing = new StringBuilder();
        for (Backend backend : harness.backends()) {
            timing.append(timing.length() == 0 ? "" : ", ").append(backend.name()).append(' ')
                    .append(seconds(backend.nanos())).append(" s")
                    .append(backend.loadNanos() > 0 ? " (loading " + seconds(backend.loadNanos()) + " s)" : "");
        }
        return String.format(Locale.ROOT, "Differential: %d cases (%d profile sets × %d trees), %,d member verdicts compared"
                        + " (%d%% of them members; %d%% of cases neither empty nor everyone), %d disagreement(s), %s s"
                        + " [%s]; base seed %s",
                harness.cases, sets, TREES, harness.verdicts, percent(harness.memberVerdicts, harness.verdicts),
                percent(harness.discriminatingCases, harness.cases), failures, seconds(nanos), timing, Seeds.format(base));
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
