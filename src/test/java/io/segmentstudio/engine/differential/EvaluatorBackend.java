package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.engine.eval.CompiledRule;
import io.segmentstudio.engine.eval.Evaluator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The in-memory evaluator, the reference the SQL backends are compared with. */
final class EvaluatorBackend implements Backend {
    private final Evaluator evaluator = new Evaluator();
    private List<Profile> profiles = List.of();
    private long nanos;

    @Override
    public String name() {
        return "evaluator";
    }

    @Override
    public void load(Scenario scenario) {
        profiles = scenario.profiles();
    }

    @Override
    public SortedSet<String> members(Condition expandedRule, Scenario scenario) {
        long start = System.nanoTime();
        try {
            CompiledRule rule = evaluator.compile(expandedRule, DiffSchema.SCHEMA, scenario.asOf());
            SortedSet<String> members = new TreeSet<>();
            for (Profile profile : profiles) {
                if (rule.test(profile)) {
                    members.add(profile.key());
                }
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
    public void close() {
    }
}
