package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.eval.Evaluator;
import io.segmentstudio.engine.eval.Explainer;
import io.segmentstudio.engine.eval.ExplanationRenderer;
import io.segmentstudio.engine.format.NativeRuleJson;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * Runs rules on every backend — the in-memory evaluator, H2, PostgreSQL (when configured) and DuckDB —
 * and compares the member keys exactly. A disagreement becomes a {@link Failure} whose report has what
 * it takes to understand and replay it: the seed, the tree in native JSON, the SQL of each dialect with
 * its parameters, the first differing profile with each backend's verdict and the evaluator's
 * explanation, a shrunk rule that still disagrees, and a ready regression-corpus file.
 */
final class DifferentialHarness implements AutoCloseable {
    private final EvaluatorBackend evaluator = new EvaluatorBackend();
    private final ColumnarBackend columnar = new ColumnarBackend();
    private final List<SqlBackend> databases;
    private final NativeRuleJson json = new NativeRuleJson();
    private Locale savedLocale;
    private TimeZone savedZone;

    long cases;
    long verdicts;
    long memberVerdicts;
    long discriminatingCases;

    private DifferentialHarness(List<SqlBackend> databases) {
        this.databases = databases;
    }

    static DifferentialHarness open() throws SQLException {
        List<SqlBackend> databases = new ArrayList<>();
        databases.add(SqlBackend.h2());
        PostgresServer.connect().ifPresent(databases::add);
        databases.add(SqlBackend.duckdb());
        return new DifferentialHarness(databases);
    }

    List<Backend> backends() {
        List<Backend> all = new ArrayList<>();
        all.add(evaluator);
        all.add(columnar);
        all.addAll(databases);
        return all;
    }

    /** Loads the profile set everywhere and puts the scenario's JVM locale and default zone in force. */
    void load(Scenario scenario) throws Exception {
        if (savedLocale == null) {
            savedLocale = Locale.getDefault();
            savedZone = TimeZone.getDefault();
        }
        Locale.setDefault(scenario.jvmLocale());
        TimeZone.setDefault(TimeZone.getTimeZone(scenario.jvmZone()));
        evaluator.load(scenario);
        columnar.load(scenario);
        for (SqlBackend database : databases) {
            database.load(scenario);
        }
    }

    /** Puts back the JVM's own locale and zone. */
    void restoreJvmDefaults() {
        if (savedLocale != null) {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }

    /**
     * Evaluates the tree on every backend over the loaded scenario.
     *
     * @param label how to replay the case, e.g. "-Dsegmentstudio.diff.seed=…"
     */
    Optional<Failure> check(String label, Scenario scenario, Condition tree, Map<String, Condition> segments) {
        cases++;
        Condition expanded;
        SortedSet<String> expected;
        try {
            expanded = new ReferenceExpander(SegmentResolver.of(segments)).expand(tree);
            expected = evaluator.members(expanded, scenario);
        } catch (RuntimeException e) {
            return Optional.of(new Failure(label, scenario, tree, segments, null, Map.of(), e));
        }
        Map<Backend, Object> results = new LinkedHashMap<>();
        boolean agree = true;
        for (Backend backend : checked()) {
            Object result;
            try {
                result = backend.members(expanded, scenario);
            } catch (Exception e) {
                result = e;
            }
            results.put(backend, result);
            agree &= expected.equals(result);
        }
        int size = scenario.profiles().size();
        verdicts += (long) size * results.size();
        memberVerdicts += (long) expected.size() * results.size();
        if (!expected.isEmpty() && expected.size() < size) {
            discriminatingCases++;
        }
        if (agree) {
            return Optional.empty();
        }
        Map<Backend, Object> disagreeing = new LinkedHashMap<>();
        results.forEach((backend, result) -> {
            if (!expected.equals(result)) {
                disagreeing.put(backend, result);
            }
        });
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(evaluator.name(), expected);
        results.forEach((backend, result) -> all.put(backend.name(), result));
        Failure failure = new Failure(label, scenario, tree, segments, expanded, all, null);
        failure.analyse(this, expected, disagreeing);
        return Optional.of(failure);
    }

    /** The backends held to the evaluator's answers: the columnar engine and the databases. */
    private List<Backend> checked() {
        List<Backend> checked = new ArrayList<>();
        checked.add(columnar);
        checked.addAll(databases);
        return checked;
    }

    List<SqlBackend> databases() {
        return databases;
    }

    @Override
    public void close() throws SQLException {
        restoreJvmDefaults();
        SQLException first = null;
        for (SqlBackend database : databases) {
            try {
                database.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** A case on which the backends did not all give the same members. */
    final class Failure {
        final String label;
        final Scenario scenario;
        final Condition tree;
        final Map<String, Condition> segments;
        final Condition expanded;
        /** Per backend name: its member keys (SortedSet) or the exception it threw. */
        final Map<String, Object> results;
        final Throwable referenceError;
        Profile firstDiffering;
        Condition shrunk;
        String shrunkOn = "";

        Failure(String label, Scenario scenario, Condition tree, Map<String, Condition> segments, Condition expanded,
                Map<String, Object> results, Throwable referenceError) {
            this.label = label;
            this.scenario = scenario;
            this.tree = tree;
            this.segments = segments;
            this.expanded = expanded;
            this.results = results;
            this.referenceError = referenceError;
        }

        /** Finds the first profile the backends disagree on and shrinks the rule against it. */
        void analyse(DifferentialHarness harness, SortedSet<String> expected, Map<Backend, Object> disagreeing) {
            TreeSet<String> differing = new TreeSet<>();
            disagreeing.values().forEach(result -> {
                if (result instanceof SortedSet<?> keys) {
                    keys.forEach(key -> {
                        if (!expected.contains(key)) {
                            differing.add((String) key);
                        }
                    });
                    expected.forEach(key -> {
                        if (!keys.contains(key)) {
                            differing.add(key);
                        }
                    });
                }
            });
            if (!differing.isEmpty()) {
                String key = differing.first();
                firstDiffering = scenario.profiles().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
            }
            Shrinker.Symptom symptom = candidate -> disagreesOn(harness, candidate, disagreeing.keySet());
            try {
                if (symptom.persists(expanded)) {
                    shrunk = Shrinker.shrink(expanded, symptom, 400);
                    shrunkOn = firstDiffering == null ? "(an error)" : firstDiffering.key();
                }
            } catch (RuntimeException e) {
                shrunkOn = "shrinking failed: " + e;
            }
        }

        /** Whether the candidate still splits the evaluator and one of the other backends on the first differing profile. */
        private boolean disagreesOn(DifferentialHarness harness, Condition candidate, Iterable<Backend> suspects) {
            boolean expectedVerdict;
            try {
                expectedVerdict = firstDiffering != null && new Evaluator()
                        .compile(candidate, DiffSchema.SCHEMA, scenario.asOf()).test(firstDiffering);
            } catch (RuntimeException e) {
                return false;
            }
            for (Backend suspect : suspects) {
                try {
                    SortedSet<String> members = suspect.members(candidate, scenario);
                    if (firstDiffering != null && members.contains(firstDiffering.key()) != expectedVerdict) {
                        return true;
                    }
                } catch (Exception e) {
                    if (firstDiffering == null) {
                        return true;
                    }
                }
            }
            return false;
        }

        String report() {
            StringBuilder text = new StringBuilder("\n=== Backends disagree: ").append(label).append('\n');
            text.append(scenario.describe()).append('\n');
            if (referenceError != null) {
                text.append("The evaluator (or reference expansion) failed: ").append(referenceError).append('\n');
            }
            results.forEach((backend, result) -> text.append(String.format(Locale.ROOT, "  %-10s ", backend))
                    .append(result instanceof SortedSet<?> keys ? keys.size() + " members" : "ERROR " + result)
                    .append('\n'));
            if (firstDiffering != null) {
                text.append("\nFirst differing profile ").append(firstDiffering.key()).append(": ");
                results.forEach((backend, result) -> text.append(backend).append(' ')
                        .append(result instanceof SortedSet<?> keys ? (keys.contains(firstDiffering.key()) ? "IN" : "OUT")
                                : "error").append("; "));
                text.append('\n').append(Show.profile(firstDiffering, scenario.asOf()));
                text.append("\nEvaluator's explanation:\n").append(explain(expanded, firstDiffering));
            }
            text.append("\nTree (native JSON):\n").append(json.write(SegmentDefinition.of(tree)));
            segments.forEach((name, rule) -> text.append("Segment ").append(Show.quote(name)).append(":\n")
                    .append(json.write(new SegmentDefinition(name, "", "", List.of(), rule))));
            if (expanded != null) {
                for (SqlBackend database : databases) {
                    text.append("\n-- ").append(database.name()).append(" SQL\n")
                            .append(Show.sql(database.sql(expanded, scenario)));
                }
            }
            if (shrunk != null) {
                text.append("\nShrunk rule that still disagrees on ").append(shrunkOn).append(":\n")
                        .append(json.write(SegmentDefinition.of(shrunk)));
                for (SqlBackend database : databases) {
                    text.append("-- ").append(database.name()).append(" SQL of the shrunk rule\n")
                            .append(Show.sql(database.sql(shrunk, scenario)));
                }
                if (firstDiffering != null) {
                    text.append("Evaluator's explanation of the shrunk rule:\n").append(explain(shrunk, firstDiffering));
                }
                // An error needs no particular profile: the file then holds none.
                Scenario single = new Scenario(scenario.setSeed(), scenario.asOf(), scenario.sessionZone(),
                        scenario.jvmLocale(), scenario.jvmZone(), scenario.pgCollation(),
                        firstDiffering == null ? List.of() : List.of(firstDiffering));
                text.append("\nRegression corpus entry (save under src/test/resources/differential/regressions/"
                        + "<name>.json and say what it checks in \"note\"):\n")
                        .append(new RegressionCase("", "", label, single, shrunk).toJson());
            } else if (!shrunkOn.isEmpty()) {
                text.append('\n').append(shrunkOn).append('\n');
            }
            return text.toString();
        }

        private String explain(Condition rule, Profile profile) {
            try {
                return new ExplanationRenderer().render(new Explainer().explain(rule, DiffSchema.SCHEMA, scenario.asOf(),
                        profile));
            } catch (RuntimeException e) {
                return "(no explanation: " + e + ")\n";
            }
        }
    }
}
