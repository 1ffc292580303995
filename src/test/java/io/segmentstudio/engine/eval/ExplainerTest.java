package io.segmentstudio.engine.eval;

import static io.segmentstudio.engine.eval.EvalFixtures.AS_OF;
import static io.segmentstudio.engine.eval.EvalFixtures.SCHEMA;
import static io.segmentstudio.engine.eval.EvalFixtures.and;
import static io.segmentstudio.engine.eval.EvalFixtures.asOf;
import static io.segmentstudio.engine.eval.EvalFixtures.days;
import static io.segmentstudio.engine.eval.EvalFixtures.event;
import static io.segmentstudio.engine.eval.EvalFixtures.list;
import static io.segmentstudio.engine.eval.EvalFixtures.not;
import static io.segmentstudio.engine.eval.EvalFixtures.or;
import static io.segmentstudio.engine.eval.EvalFixtures.profile;
import static io.segmentstudio.engine.eval.EvalFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Explanations: resolved operands, actual values, deciding children, text rendering, agreement with test. */
class ExplainerTest {
    private final Explainer explainer = new Explainer();
    private final ExplanationRenderer renderer = new ExplanationRenderer();
    private final Predicate german = new Predicate("de", "country", Operator.EQUALS, single("de"));
    private final Predicate adult = new Predicate("adult", "age", Operator.GREATER_OR_EQUAL, single(18L));

    @Test
    void aPredicateShowsTheValueAndTheResolvedInterval() {
        Predicate recent = new Predicate("n2", "last_purchase_date", Operator.IN_LAST, days(30));
        Explanation explanation = explainer.explain(recent, SCHEMA, asOf("2026-10-31T10:00:00Z"),
                profile("last_purchase_date", LocalDate.parse("2026-10-02")));

        assertThat(explanation.outcome()).isTrue();
        assertThat(explanation.actual()).isEqualTo("last_purchase_date = 2026-10-02");
        assertThat(explanation.expected()).isEqualTo("in [2026-10-01, 2026-10-31]");
        assertThat(renderer.render(explanation)).isEqualTo("✓ last_purchase_date is in the last 30 days [n2]: "
                + "last_purchase_date = 2026-10-02, in [2026-10-01, 2026-10-31]\n");
    }

    @Test
    void stringsShowTheComparedFormAndTheOptions() {
        Predicate inList = new Predicate("n1", "country", Operator.NOT_IN, list(" DE", "Fr"));
        Explanation explanation = explainer.explain(inList, SCHEMA, AS_OF, profile("country", "de "));
        assertThat(explanation.outcome()).isFalse();
        assertThat(explanation.actual()).isEqualTo("country = \"de \"");
        assertThat(explanation.expected()).isEqualTo("not one of {\"de\", \"fr\"} (ignoring case, trimmed)");
    }

    @Test
    void aMissingValueIsNamedAsSuch() {
        Explanation explanation = explainer.explain(adult, SCHEMA, AS_OF, profile());
        assertThat(explanation.outcome()).isFalse();
        assertThat(explanation.actual()).isEqualTo("age is missing");
        assertThat(explanation.expected()).isEqualTo("≥ 18");
    }

    @Test
    void timestampsAndTheirIntervalsAreShownInTheWorkspaceZone() {
        Predicate onDstDay = new Predicate("t", "last_seen", Operator.ON, single(LocalDate.parse("2026-03-29")));
        Explanation explanation = explainer.explain(onDstDay, SCHEMA, AS_OF,
                profile("last_seen", Instant.parse("2026-03-29T21:30:00Z")));
        assertThat(explanation.outcome()).isTrue();
        assertThat(explanation.actual()).isEqualTo("last_seen = 2026-03-29T23:30+02:00");
        assertThat(explanation.expected()).isEqualTo("in [2026-03-29T00:00+01:00, 2026-03-30T00:00+02:00)");
    }

    @Test
    void aGroupShowsWhichChildrenDecided() {
        Condition rule = and("root", german, adult);
        Explanation explanation = explainer.explain(rule, SCHEMA, AS_OF, profile("country", "DE", "age", 12L));

        assertThat(explanation.outcome()).isFalse();
        assertThat(explanation.children()).extracting(Explanation::nodeId, Explanation::outcome, Explanation::decisive)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("de", true, false),
                        org.assertj.core.groups.Tuple.tuple("adult", false, true));
        assertThat(renderer.render(explanation)).isEqualTo("""
                ✗ all of [root]: 1 of 2 true, needs all
                  ✓ country = "de" [de]: country = "DE", equal to "de" (ignoring case, trimmed) (did not decide)
                  ✗ age ≥ 18 [adult]: age = 12, ≥ 18
                """);
    }

    @Test
    void negatedGroupsSayWhatTheyNeed() {
        Profile french = profile("country", "FR", "age", 40L);
        Explanation none = explainer.explain(not(or("g", german, adult)), SCHEMA, AS_OF, french);
        assertThat(none.description()).isEqualTo("none of");
        assertThat(none.outcome()).isFalse();
        assertThat(none.actual()).isEqualTo("1 of 2 true");
        assertThat(none.expected()).isEqualTo("needs none");
        assertThat(none.children()).extracting(Explanation::decisive).containsExactly(false, true);
    }

    @Test
    void anEventConditionShowsCountAggregateAndWindow() {
        EventCondition bigSpender = new EventCondition("e1", "purchase",
                List.of(new Predicate("f1", "category", Operator.EQUALS, single("shoes"))),
                new TimeWindow.Last(7, TimeUnit.DAYS), Comparison.atLeast(2),
                Optional.of(new EventCondition.Aggregate(EventCondition.Function.AVG, "amount",
                        new Comparison(Comparison.Op.AT_LEAST, new BigDecimal("50"), null))), false);
        Profile profile = new Profile("p", Map.of(), List.of(
                event("purchase", "2026-10-10T10:00:00Z", "category", "Shoes", "amount", new BigDecimal("40")),
                event("purchase", "2026-10-11T10:00:00Z", "category", "shoes", "amount", new BigDecimal("60.50")),
                event("purchase", "2026-10-12T10:00:00Z", "category", "hats", "amount", new BigDecimal("500")),
                event("purchase", "2026-10-16T10:00:00Z", "category", "shoes", "amount", new BigDecimal("500"))));

        Explanation explanation = explainer.explain(bigSpender, SCHEMA, AS_OF, profile);

        assertThat(explanation.outcome()).isTrue();
        assertThat(explanation.description())
                .isEqualTo("purchase events where category = \"shoes\", in the last 7 days");
        assertThat(explanation.actual()).isEqualTo("2 matching events, avg(amount) = 50.25 (100.50 / 2)");
        assertThat(explanation.expected()).isEqualTo("needs at least 2 and avg(amount) at least 50 within "
                + "[2026-10-08T00:00+02:00, 2026-10-15T12:00+02:00]");
    }

    @Test
    void anAggregateOverNoEventsIsShownMissing() {
        EventCondition spent = new EventCondition("e1", "purchase", List.of(), TimeWindow.EVER, null,
                Optional.of(new EventCondition.Aggregate(EventCondition.Function.SUM, "amount", Comparison.atLeast(0))),
                false);
        Explanation explanation = explainer.explain(spent, SCHEMA, AS_OF, profile());
        assertThat(explanation.outcome()).isFalse();
        assertThat(explanation.actual()).isEqualTo("0 matching events, sum(amount) missing (no values)");
    }

    @Test
    void anEmptyRuleExplainsThatEveryoneMatches() {
        Explanation explanation = explainer.explain(and("root", or("empty")), SCHEMA, AS_OF, profile());
        assertThat(explanation.outcome()).isTrue();
        assertThat(renderer.render(explanation)).isEqualTo("✓ no enabled condition [root]: matches every profile\n");
    }

    @Test
    void explainAlwaysAgreesWithTestAtEveryNode() {
        Evaluator evaluator = new Evaluator();
        List<Profile> profiles = new RandomRules(7L).profiles(40);
        List<String> disagreements = new ArrayList<>();
        int explained = 0;
        for (long seed = 100; seed < 140; seed++) {
            RandomRules random = new RandomRules(seed);
            for (int i = 0; i < 20; i++) {
                Condition rule = random.tree(4);
                CompiledRule compiled = evaluator.compile(rule, SCHEMA, AS_OF);
                Map<String, CompiledRule> nodes = new HashMap<>();
                for (Profile profile : profiles) {
                    Explanation explanation = explainer.explain(compiled, profile);
                    if (explanation.outcome() != compiled.test(profile)) {
                        disagreements.add("seed " + seed + " rule " + i + " on " + profile.key());
                    }
                    collectInconsistent(explanation, rule, profile, nodes, disagreements);
                    explained++;
                }
            }
        }
        assertThat(explained).isEqualTo(40 * 20 * 40);
        assertThat(disagreements).isEmpty();
    }

    /** Adds every explained node whose outcome is not what evaluating that node alone gives. */
    private void collectInconsistent(Explanation explanation, Condition rule, Profile profile,
                                     Map<String, CompiledRule> nodes, List<String> disagreements) {
        if (rule instanceof io.segmentstudio.domain.rule.Group group && !explanation.children().isEmpty()) {
            List<Condition> kept = group.children().stream()
                    .filter(child -> !(child instanceof io.segmentstudio.domain.rule.Group g && isEmpty(g))).toList();
            if (kept.size() != explanation.children().size()) {
                disagreements.add(rule.id() + ": children " + explanation.children().size() + " ≠ " + kept.size());
                return;
            }
            for (int i = 0; i < kept.size(); i++) {
                collectInconsistent(explanation.children().get(i), kept.get(i), profile, nodes, disagreements);
            }
        }
        boolean alone = nodes.computeIfAbsent(rule.id(), id -> new Evaluator().compile(rule, SCHEMA, AS_OF)).test(profile);
        if (explanation.outcome() != alone) {
            disagreements.add(rule.id() + " on " + profile.key());
        }
    }

    private static boolean isEmpty(io.segmentstudio.domain.rule.Group group) {
        return group.children().stream()
                .allMatch(child -> child instanceof io.segmentstudio.domain.rule.Group g && isEmpty(g));
    }

    @Test
    void notOfAnAndIsRenderedAsNotAllOf() {
        Explanation explanation = explainer.explain(
                new io.segmentstudio.domain.rule.Group("g", Combinator.AND, true, false, List.of(german)), SCHEMA,
                AS_OF, profile("country", "de"));
        assertThat(renderer.render(explanation)).startsWith("✗ not all of [g]: 1 of 1 true, needs not all\n");
    }
}
