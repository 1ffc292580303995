package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.TestProfile;
import io.segmentstudio.engine.eval.Explanation;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.workspace.TestProfileRunner.TestResult;
import io.segmentstudio.workspace.TestProfileRunner.TestRun;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test profiles on the retail demo: outcomes agree with H2, failures come with their explanation. */
class TestProfilesTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T12:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private TestProfiles tests;
    private TestProfileRunner runner;

    @BeforeEach
    void generate() {
        workspace = Workspace.create(dir.resolve("tests"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(9, 300, LocalDate.of(2026, 11, 1))).generate(workspace,
                ProgressListener.NONE);
        tests = workspace.testProfiles();
        runner = new TestProfileRunner(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Profile gold(String tier) {
        return new Profile("hand-1", Map.of("loyalty_tier", tier), List.of());
    }

    @Test
    void handMadeProfilesPassOrFailWithTheExplanation() {
        tests.add("VIP", "gold is VIP", gold("gold"), true, null, "ana");
        tests.add("VIP", "bronze is VIP (wrong)", gold("bronze"), true, null, "ana");

        TestRun run = runner.run("VIP", AS_OF);

        assertThat(run.results()).extracting(r -> r.test().name(), TestResult::passed, TestResult::member)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bronze is VIP (wrong)", false, false),
                        org.assertj.core.groups.Tuple.tuple("gold is VIP", true, true));
        TestResult failed = run.results().get(0);
        assertThat(failed.error()).isNull();
        assertThat(failed.version()).isEqualTo(1);
        Explanation why = failed.explanation();
        assertThat(why.outcome()).isFalse();
        assertThat(why.children().get(0).actual()).contains("bronze");
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.allPassed()).isFalse();
    }

    @Test
    void frozenProfilesAgreeWithTheDatabaseAndNeverChangeWithTheWorkspace() {
        SegmentRunner segments = new SegmentRunner(workspace);
        List<String> members = segments.evaluateInDatabase(segments.segmentRule("Lapsed VIP"), AS_OF).keys();
        String in = members.get(0);
        String out = workspace.jdbi().withHandle(h -> h.createQuery("SELECT profile_key FROM profile ORDER BY profile_id")
                .mapTo(String.class).list()).stream().filter(key -> !members.contains(key)).findFirst().orElseThrow();

        TestProfile frozen = tests.freeze("Lapsed VIP", "a lapsed VIP", in, true, AS_OF, "ana");
        tests.freeze("Lapsed VIP", "someone else", out, false, AS_OF, "ana");

        assertThat(frozen.origin()).isEqualTo(TestProfile.Origin.FROZEN);
        assertThat(frozen.profile()).isEqualTo(workspace.profileReader().find(in).orElseThrow());
        assertThat(frozen.asOf()).isEqualTo(AS_OF);
        assertThat(runner.run("Lapsed VIP", Instant.parse("2030-01-01T00:00:00Z")).allPassed())
                .as("segment references are followed; the pinned as-of is used").isTrue();

        workspace.jdbi().useHandle(h -> h.execute("UPDATE profile SET \"a_loyalty_tier\" = 'none' WHERE profile_key = ?",
                in));
        assertThat(tests.find("Lapsed VIP", "a lapsed VIP").orElseThrow().profile())
                .isEqualTo(frozen.profile());
    }

    @Test
    void aChangedRuleBreaksTheTestsThatPinnedItsBehaviour() {
        tests.add("VIP", "gold is VIP", gold("gold"), true, null, "ana");
        workspace.versions().save("VIP", """
                {"rule":{"type":"predicate","id":"tier","attribute":"loyalty_tier","operator":"equals","value":"platinum"}}
                """, "bo", "platinum only");

        TestResult result = runner.run("VIP", AS_OF).results().get(0);

        assertThat(result.passed()).isFalse();
        assertThat(result.version()).isEqualTo(2);
        assertThat(result.explanation().nodeId()).isEqualTo("tier");
        tests.expect("VIP", "gold is VIP", false, "bo");
        assertThat(runner.run("VIP", AS_OF).allPassed()).isTrue();
    }

    @Test
    void aRuleThatCannotBeEvaluatedFailsItsTestsWithTheReason() {
        tests.add("VIP", "gold is VIP", gold("gold"), true, null, "ana");
        workspace.versions().save("VIP", """
                {"rule":{"type":"segment","id":"ref","segment":"Nope"}}
                """, "bo", "");

        TestResult result = runner.runAll(AS_OF).results().get(0);

        assertThat(result.passed()).isFalse();
        assertThat(result.explanation()).isNull();
        assertThat(result.error()).isEqualTo("the rule cannot be evaluated: rule node ref: unknown segment 'Nope'");
    }

    @Test
    void runAllCoversEverySegmentWithTestsButArchivedOnes() {
        tests.add("VIP", "gold", gold("gold"), true, null, "ana");
        tests.add("Churn Risk", "empty profile", new Profile("nobody", Map.of(), List.of()), false, null, "ana");
        tests.add("Window Shoppers", "empty profile", new Profile("nobody", Map.of(), List.of()), false, null, "ana");
        workspace.workflow().archive("Window Shoppers", "ana", "");

        TestRun run = runner.runAll(AS_OF);

        assertThat(run.results()).extracting(r -> r.test().segment()).containsExactly("Churn Risk", "VIP");
        assertThat(run.allPassed()).isTrue();
        assertThat(tests.all()).hasSize(3);
    }

    @Test
    void testsAreNamedPerSegmentAndChangesAreAudited() {
        tests.add("VIP", "gold", gold("gold"), true, null, "ana");
        assertThatThrownBy(() -> tests.add("VIP", "gold", gold("gold"), true, null, "ana"))
                .hasMessage("Segment 'VIP' already has a test named 'gold'");
        assertThatThrownBy(() -> tests.add("VIP", "typo", new Profile("t", Map.of("loyalty_teir", "gold"), List.of()),
                true, null, "ana")).hasMessage("values.loyalty_teir: unknown attribute 'loyalty_teir'");
        assertThatThrownBy(() -> tests.freeze("VIP", "x", "no-such-key", true, null, "ana"))
                .hasMessageStartingWith("No profile with key 'no-such-key'");
        assertThatThrownBy(() -> tests.add("Nope", "x", gold("gold"), true, null, "ana"))
                .hasMessage("No segment named 'Nope'");
        assertThatThrownBy(() -> tests.remove("VIP", "silver", "ana"))
                .hasMessage("Segment 'VIP' has no test named 'silver'");

        tests.remove("VIP", "gold", "ana");

        assertThat(tests.list("VIP")).isEmpty();
        assertThat(workspace.audit().recent(2)).extracting(AuditLog.Entry::action, AuditLog.Entry::details)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("segment.test_removed", "test 'gold'"),
                        org.assertj.core.groups.Tuple.tuple("segment.test_added",
                                "test 'gold' expects member (manual)"));
    }
}
