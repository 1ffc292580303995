package io.segmentstudio.engine.eval;

import static io.segmentstudio.engine.eval.EvalFixtures.AS_OF;
import static io.segmentstudio.engine.eval.EvalFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TextOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The laws of semantics.md checked by brute force over generated profiles: every negative operator is
 * the exact complement of its positive (missing values included), NOT is the exact complement of its
 * group, and orderings or is_true/is_false are not complements (both false on a missing value).
 */
class EvaluatorComplementLawsTest {
    private static final Map<String, AttributeType> ONE_PER_TYPE = Map.of("name", AttributeType.STRING,
            "tags", AttributeType.STRING_LIST, "age", AttributeType.INTEGER, "balance", AttributeType.DECIMAL,
            "vip", AttributeType.BOOLEAN, "birthday", AttributeType.DATE, "last_seen", AttributeType.TIMESTAMP);
    private static final List<TextOptions> TEXT_OPTIONS = List.of(TextOptions.DEFAULT, TextOptions.EXACT,
            new TextOptions(true, true), new TextOptions(false, false));

    private final Evaluator evaluator = new Evaluator();
    private final List<Profile> profiles = new RandomRules(20261015L).profiles(400);

    @Test
    void everyNegativeOperatorIsTheExactComplementOfItsPositive() {
        int checked = 0;
        // Operators seen both true and false: the law is not checked on constant answers only.
        Set<String> discriminating = new HashSet<>();
        Set<String> negatives = new HashSet<>();
        for (Map.Entry<String, AttributeType> attribute : ONE_PER_TYPE.entrySet()) {
            for (Operator negative : Operator.forType(attribute.getValue())) {
                if (!negative.isNegative()) {
                    continue;
                }
                Operator positive = negative.complementOf().orElseThrow();
                String key = attribute.getKey() + " " + negative.key();
                negatives.add(key);
                for (Operand operand : RandomRules.operands(attribute.getValue(), negative)) {
                    for (TextOptions options : TEXT_OPTIONS) {
                        var p = evaluator.compile(predicate(attribute.getKey(), positive, operand, options), SCHEMA, AS_OF);
                        var n = evaluator.compile(predicate(attribute.getKey(), negative, operand, options), SCHEMA, AS_OF);
                        Set<Boolean> outcomes = new HashSet<>();
                        for (Profile profile : profiles) {
                            outcomes.add(n.test(profile));
                            assertThat(n.test(profile))
                                    .as("%s %s %s on %s", attribute.getKey(), negative.key(), operand, profile.values())
                                    .isEqualTo(!p.test(profile));
                            checked++;
                        }
                        if (outcomes.size() == 2) {
                            discriminating.add(key);
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50_000);
        assertThat(discriminating).containsExactlyInAnyOrderElementsOf(negatives);
    }

    @Test
    void positiveOperatorsAreFalseOnMissingValues() {
        Profile empty = new Profile("empty", Map.of(), List.of());
        for (Map.Entry<String, AttributeType> attribute : ONE_PER_TYPE.entrySet()) {
            for (Operator operator : Operator.forType(attribute.getValue())) {
                boolean missingCounts = operator == Operator.IS_NULL || operator == Operator.IS_EMPTY;
                if (operator.isNegative() || missingCounts) {
                    continue;
                }
                for (Operand operand : RandomRules.operands(attribute.getValue(), operator)) {
                    var rule = evaluator.compile(predicate(attribute.getKey(), operator, operand, TextOptions.DEFAULT),
                            SCHEMA, AS_OF);
                    assertThat(rule.test(empty)).as("%s %s %s", attribute.getKey(), operator.key(), operand).isFalse();
                }
            }
        }
    }

    @Test
    void orderingsAndFlagTestsAreNotComplements() {
        Profile empty = new Profile("empty", Map.of(), List.of());
        Operand thirty = new Operand.Single(io.segmentstudio.domain.rule.Value.of(30L));
        assertThat(test(predicate("age", Operator.LESS_THAN, thirty, TextOptions.DEFAULT), empty)).isFalse();
        assertThat(test(predicate("age", Operator.GREATER_OR_EQUAL, thirty, TextOptions.DEFAULT), empty)).isFalse();
        assertThat(test(predicate("vip", Operator.IS_TRUE, Operand.NONE, TextOptions.DEFAULT), empty)).isFalse();
        assertThat(test(predicate("vip", Operator.IS_FALSE, Operand.NONE, TextOptions.DEFAULT), empty)).isFalse();
    }

    @Test
    void aNegatedGroupIsTheExactComplementOfTheGroup() {
        for (long seed = 1; seed <= 40; seed++) {
            RandomRules random = new RandomRules(seed);
            for (int i = 0; i < 25; i++) {
                Group group = random.group(3);
                Group flipped = new Group(group.id(), group.combinator(), !group.negated(), false, group.children());
                var rule = evaluator.compile(group, SCHEMA, AS_OF);
                var complement = evaluator.compile(flipped, SCHEMA, AS_OF);
                var wrapped = evaluator.compile(new Group("not", Combinator.AND, true, false, List.<Condition>of(group)),
                        SCHEMA, AS_OF);
                for (Profile profile : profiles.subList(0, 100)) {
                    boolean expected = !rule.test(profile);
                    assertThat(complement.test(profile)).as("seed %d tree %d on %s", seed, i, profile.key())
                            .isEqualTo(expected);
                    assertThat(wrapped.test(profile)).isEqualTo(expected);
                }
            }
        }
    }

    private boolean test(Condition rule, Profile profile) {
        return evaluator.compile(rule, SCHEMA, AS_OF).test(profile);
    }

    private static Predicate predicate(String attribute, Operator operator, Operand operand, TextOptions options) {
        return new Predicate("p", attribute, operator, operand, options, false);
    }
}
