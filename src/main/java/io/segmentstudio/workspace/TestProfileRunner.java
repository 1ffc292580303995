package io.segmentstudio.workspace;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.domain.TestProfile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.eval.Evaluator;
import io.segmentstudio.engine.eval.Explainer;
import io.segmentstudio.engine.eval.Explanation;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.format.RuleFormatException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs test profiles against the current version of their segment with the in-memory evaluator, and
 * explains each outcome node by node, so a failing test shows why. A rule that cannot be evaluated fails
 * every test of its segment with the reason.
 */
public final class TestProfileRunner {
    private final Workspace workspace;

    public TestProfileRunner(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The outcome of one test.
     *
     * @param version     the segment version it ran against
     * @param member      whether the profile is in the segment (false when it could not be evaluated)
     * @param explanation why, node by node; null when the rule could not be evaluated
     * @param error       why it could not be evaluated, or null
     */
    public record TestResult(TestProfile test, int version, Instant asOf, boolean member, boolean passed,
                             Explanation explanation, String error) {
    }

    /** All results of a run, in the order of the tests. */
    public record TestRun(List<TestResult> results) {
        public TestRun {
            results = List.copyOf(results);
        }

        public long passed() {
            return results.stream().filter(TestResult::passed).count();
        }

        public long failed() {
            return results.size() - passed();
        }

        public boolean allPassed() {
            return failed() == 0;
        }
    }

    /**
     * Runs one segment's tests.
     *
     * @param asOf the instant for tests that do not pin their own
     */
    public TestRun run(String segment, Instant asOf) {
        return run(workspace.testProfiles().list(segment), asOf);
    }

    /** Runs the tests of every segment that has some, archived segments left out. */
    public TestRun runAll(Instant asOf) {
        List<TestProfile> tests = workspace.testProfiles().all().stream()
                .filter(test -> workspace.versions().current(test.segment()).status() != SegmentStatus.ARCHIVED)
                .toList();
        return run(tests, asOf);
    }

    /** Runs the given tests, each against its segment's current version. */
    public TestRun run(List<TestProfile> tests, Instant asOf) {
        return run(tests, asOf, ProgressListener.NONE);
    }

    /**
     * Runs the given tests, reporting each one done and stopping between tests when the user cancels.
     *
     * @throws ProgressListener.CancelledException when cancelled
     */
    public TestRun run(List<TestProfile> tests, Instant asOf, ProgressListener progress) {
        RuleSchema schema = workspace.ruleSchema();
        ReferenceExpander expander = new ReferenceExpander(workspace.segments().resolver(schema));
        Map<String, Rule> rules = new LinkedHashMap<>();
        List<TestResult> results = new ArrayList<>();
        for (TestProfile test : tests) {
            progress.checkCancelled();
            Rule rule = rules.computeIfAbsent(test.segment(), segment -> rule(segment, schema, expander));
            results.add(run(test, rule, schema, test.asOf() == null ? asOf : test.asOf()));
            progress.progress(results.size(), tests.size(), test.name());
        }
        return new TestRun(results);
    }

    /** A segment's current rule, expanded; or why it cannot be. */
    private record Rule(int version, Condition expanded, String error) {
    }

    private Rule rule(String segment, RuleSchema schema, ReferenceExpander expander) {
        SegmentVersion current = workspace.versions().current(segment);
        try {
            Condition rule = new NativeRuleJson().readRule(workspace.versions().definition(segment,
                    current.version()), schema);
            return new Rule(current.version(), expander.expand(rule), null);
        } catch (RuleFormatException | RuleException e) {
            return new Rule(current.version(), null, problem(e));
        }
    }

    private TestResult run(TestProfile test, Rule rule, RuleSchema schema, Instant asOf) {
        if (rule.error() != null) {
            return new TestResult(test, rule.version(), asOf, false, false, null, rule.error());
        }
        try {
            Explanation explanation = new Explainer().explain(rule.expanded(), schema,
                    new AsOf(asOf, workspace.timeZone()), test.profile());
            boolean member = explanation.outcome();
            return new TestResult(test, rule.version(), asOf, member, member == test.expectMember(), explanation,
                    null);
        } catch (RuleException e) {
            return new TestResult(test, rule.version(), asOf, false, false, null, problem(e));
        }
    }

    private static String problem(RuntimeException e) {
        String where = e instanceof RuleException rule ? "rule node " + rule.nodeId() + ": " : "";
        return "the rule cannot be evaluated: " + where + e.getMessage();
    }
}
