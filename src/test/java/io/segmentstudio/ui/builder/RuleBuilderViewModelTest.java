package io.segmentstudio.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.columnar.ValueCounts.ValueCount;
import io.segmentstudio.engine.eval.Explanation;
import io.segmentstudio.engine.format.RuleFormat;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.DeferredTaskRunner;
import io.segmentstudio.ui.common.Debouncer;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule builder's model on the retail demo, with no toolkit: edits, history, live count, SQL, explain. */
class RuleBuilderViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-01T18:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private final RecordingErrors errors = new RecordingErrors();

    @BeforeAll
    static void generate() {
        workspace = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(9, 2_000, LocalDate.of(2026, 11, 1))).generate(workspace, ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private RuleBuilderViewModel builder() {
        return new RuleBuilderViewModel(workspace, BuilderContext.read(workspace, ProgressListener.NONE), new SynchronousTaskRunner(),
                Debouncer.IMMEDIATE, errors, CLOCK);
    }

    @Test
    void buildsHighValueCustomersFromAnEmptyRuleAndCountsLikeTheDatabase() {
        RuleBuilderViewModel builder = builder();
        assertThat(builder.problems()).as("an empty rule is a start, not a mistake").isEmpty();
        assertThat(builder.isEmpty()).isTrue();
        assertThat(builder.count().resultProperty().get()).isNull();

        String aov = builder.addCondition("root");
        builder.change(new Predicate(aov, "average_order_value", Operator.GREATER_THAN,
                new Operand.Single(new Value.Dec(new BigDecimal("200")))));
        String recent = builder.addCondition("root");
        builder.change(new Predicate(recent, "last_purchase_date", Operator.IN_LAST,
                new Operand.Relative(30, TimeUnit.DAYS)));

        assertThat(builder.problems()).isEmpty();
        LiveCount.Counted counted = builder.count().resultProperty().get();
        SegmentRunner runner = new SegmentRunner(workspace);
        long expected = runner.evaluateInDatabase(builder.tree(), NOW).count();
        assertThat(counted.members()).isEqualTo(expected).isPositive();
        assertThat(counted.profiles()).isEqualTo(2_000);
        assertThat(counted.blocks()).extracting(LiveCount.BlockCount::nodeId).containsExactly(aov, recent);
        assertThat(counted.blocks().get(0).members())
                .isEqualTo(runner.evaluateInDatabase(Group.and("x", List.of(builder.tree().children().get(0))), NOW).count());
        assertThat(counted.sample()).hasSize((int) Math.min(expected, LiveCount.SAMPLE_ROWS));
        assertThat(counted.columns()).containsExactly("average_order_value", "last_purchase_date");
        assertThat(builder.history().entries()).extracting(EditHistory.Entry::label).containsExactly("Empty rule",
                "Add condition", "Change “average_order_value > 200”", "Add condition",
                "Change “last_purchase_date is in the last 30 days”");
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void undoAndRedoWalkTheHistoryAndTheCountFollows() {
        RuleBuilderViewModel builder = builder();
        String age = builder.addCondition("root");
        builder.change(new Predicate(age, "age", Operator.GREATER_THAN, new Operand.Single(new Value.Int(40))));
        long olderThan40 = builder.count().resultProperty().get().members();
        builder.toggleNegated("root");
        long notOlderThan40 = builder.count().resultProperty().get().members();
        assertThat(olderThan40 + notOlderThan40).isEqualTo(2_000);

        builder.undo();
        assertThat(builder.tree().negated()).isFalse();
        assertThat(builder.count().resultProperty().get().members()).isEqualTo(olderThan40);
        builder.redo();
        assertThat(builder.tree().negated()).isTrue();
        assertThat(builder.count().resultProperty().get().members()).isEqualTo(notOlderThan40);
        builder.undo();
        builder.undo();
        assertThat(builder.history().redoLabel()).isEqualTo("Change “age > 40”");

        builder.toggleDisabled(age); // a new edit drops the redo steps
        assertThat(builder.history().canRedoProperty().get()).isFalse();
        assertThat(builder.history().entries()).extracting(EditHistory.Entry::label)
                .containsExactly("Empty rule", "Add condition", "Disable “age > 0”");
    }

    @Test
    void aConditionDraggedIntoANewGroupKeepsItsMeaningAndItsId() {
        RuleBuilderViewModel builder = builder();
        String first = builder.addCondition("root");
        String second = builder.addCondition("root");
        builder.change(new Predicate(second, "orders", Operator.GREATER_OR_EQUAL, new Operand.Single(new Value.Int(3))));
        long before = builder.count().resultProperty().get().members();

        String group = builder.addGroup("root");
        String placeholder = ((Group) builder.tree().children().get(2)).children().get(0).id();
        builder.move(second, group, 0);
        builder.delete(placeholder);
        builder.setCombinator(group, Combinator.OR);

        Group moved = (Group) builder.tree().children().get(1);
        assertThat(moved.id()).isEqualTo(group);
        assertThat(moved.children()).extracting(Condition::id).containsExactly(second);
        assertThat(builder.tree().children()).extracting(Condition::id).containsExactly(first, group);
        assertThat(builder.count().resultProperty().get().members()).isEqualTo(before);
    }

    @Test
    void problemsSitOnTheNodeAtFaultAndStopTheCount() {
        RuleBuilderViewModel builder = builder();
        String age = builder.addCondition("root");
        assertThat(builder.count().resultProperty().get()).isNotNull();
        String group = builder.addGroup("root");
        String inner = ((Group) builder.tree().children().get(1)).children().get(0).id();
        builder.delete(inner);
        assertThat(builder.problemsOf(group)).singleElement().extracting(p -> p.message()).asString().contains("empty group");
        assertThat(builder.problemsOf(age)).isEmpty();
        assertThat(builder.count().resultProperty().get()).isNull();
        assertThat(builder.sql()).isEmpty();
        builder.undo();
        assertThat(builder.count().resultProperty().get()).isNotNull();
    }

    @Test
    void aCountThatArrivesAfterANewerRequestIsThrownAway() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        RuleBuilderViewModel builder = new RuleBuilderViewModel(workspace, BuilderContext.read(workspace, ProgressListener.NONE), tasks,
                Debouncer.IMMEDIATE, errors, CLOCK);
        String age = builder.addCondition("root");
        builder.change(new Predicate(age, "age", Operator.GREATER_THAN, new Operand.Single(new Value.Int(60))));
        assertThat(tasks.size()).isEqualTo(2);
        assertThat(tasks.cancelled(0)).as("the older count is cancelled").isTrue();
        assertThat(builder.count().countingProperty().get()).isTrue();

        tasks.finish(1);
        LiveCount.Counted latest = builder.count().resultProperty().get();
        assertThat(latest.tree()).isEqualTo(builder.tree());
        tasks.finish(0); // late: ignored
        assertThat(builder.count().resultProperty().get()).isSameAs(latest);
        assertThat(builder.count().countingProperty().get()).isFalse();
    }

    @Test
    void valueSuggestionsComeWithTheirCountsMostCommonFirst() {
        RuleBuilderViewModel builder = builder();
        List<ValueCount> tiers = new ArrayList<>();
        builder.suggestValues("loyalty_tier", "", tiers::addAll);
        Map<String, Long> expected = new HashMap<>();
        workspace.jdbi().useHandle(handle -> handle.createQuery(
                        "SELECT a_loyalty_tier, COUNT(*) FROM profile WHERE a_loyalty_tier IS NOT NULL GROUP BY a_loyalty_tier")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> expected.put(e.getKey(), e.getValue())));
        assertThat(tiers).extracting(c -> (String) c.value()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        tiers.forEach(c -> assertThat(c.profiles()).isEqualTo(expected.get((String) c.value())));
        assertThat(tiers).extracting(c -> c.profiles()).isSortedAccordingTo(Comparator.reverseOrder());

        List<ValueCount> gold = new ArrayList<>();
        builder.suggestValues("loyalty_tier", "GOL", gold::addAll);
        assertThat(gold).extracting(c -> c.value()).containsExactly("gold");
        List<ValueCount> interests = new ArrayList<>();
        builder.suggestValues("interests", "", interests::addAll);
        assertThat(interests).isNotEmpty().allSatisfy(c -> assertThat(c.value()).isInstanceOf(String.class));
        List<ValueCount> ages = new ArrayList<>();
        builder.suggestValues("age", "", ages::addAll);
        assertThat(ages).as("numbers are typed, not picked").isEmpty();
    }

    @Test
    void explainMarksEveryNodeAndSqlFollowsTheDialect() {
        RuleBuilderViewModel builder = builder();
        String aov = builder.addCondition("root");
        builder.change(new Predicate(aov, "average_order_value", Operator.GREATER_THAN,
                new Operand.Single(new Value.Dec(new BigDecimal("50")))));
        String email = builder.addCondition("root");
        builder.change(new Predicate(email, "email", Operator.ENDS_WITH, new Operand.Single(new Value.Text(".example"))));
        LiveCount.Counted counted = builder.count().resultProperty().get();
        assertThat(counted.columns()).containsExactly("average_order_value", "email");
        assertThat(counted.sample()).allSatisfy(row -> assertThat(row.values().get(1)).isEqualTo(LiveCount.MASK));

        String member = counted.sample().get(0).key();
        List<Optional<RuleBuilderViewModel.Explained>> answers = new ArrayList<>();
        builder.explain(member, answers::add);
        Explanation explanation = answers.get(0).orElseThrow().explanation();
        assertThat(explanation.outcome()).isTrue();
        Map<String, Explanation> byNode = builder.explainedProperty().get();
        assertThat(byNode).containsKeys("root", aov, email);
        assertThat(byNode.get(aov).actual()).isNotBlank();
        builder.explain("NO-SUCH-KEY", answers::add);
        assertThat(answers.get(1)).isEmpty();

        String address = (String) workspace.profileReader().find(member).orElseThrow().values().get("email");
        builder.explain(address.toUpperCase(java.util.Locale.ROOT), answers::add);
        assertThat(answers.get(2)).as("found by its email, ignoring case").hasValueSatisfying(found ->
                assertThat(found.key()).isEqualTo(member));
        builder.explain("C", answers::add);
        assertThat(answers.get(3)).as("a prefix that many keys share singles none out").isEmpty();

        builder.dialectProperty().set(Dialect.DUCKDB);
        assertThat(builder.sql()).hasValueSatisfying(sql -> assertThat(sql).contains("WHERE").contains("a_average_order_value"));
        assertThat(builder.exportRule(RuleFormat.NATIVE).text()).contains("average_order_value");
        assertThatThrownBy(() -> builder.exportRule(RuleFormat.JSONLOGIC)).hasMessageStartingWith(email + ": ");
        var imported = builder.importRule(RuleFormat.JSONLOGIC, "{\"<\": [{\"var\": \"age\"}, 30]}");
        assertThat(builder.tree().children()).hasSize(1);
        assertThat(imported.warnings()).isNotNull();
        assertThat(builder.history().undoLabel()).isEqualTo("Import jsonlogic");
    }
}
