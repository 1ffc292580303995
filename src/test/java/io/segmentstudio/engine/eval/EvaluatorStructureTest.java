package io.segmentstudio.engine.eval;

import static io.segmentstudio.engine.eval.EvalFixtures.SCHEMA;
import static io.segmentstudio.engine.eval.EvalFixtures.and;
import static io.segmentstudio.engine.eval.EvalFixtures.matches;
import static io.segmentstudio.engine.eval.EvalFixtures.not;
import static io.segmentstudio.engine.eval.EvalFixtures.or;
import static io.segmentstudio.engine.eval.EvalFixtures.profile;
import static io.segmentstudio.engine.eval.EvalFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SegmentResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Groups, NOT, empty groups, and the errors for trees that were not expanded or do not fit the schema. */
class EvaluatorStructureTest {
    private final Predicate german = new Predicate("de", "country", Operator.EQUALS, single("de"));
    private final Predicate adult = new Predicate("adult", "age", Operator.GREATER_OR_EQUAL, single(18L));
    private final Profile germanChild = profile("country", "DE", "age", 12L);
    private final Profile germanAdult = profile("country", "DE", "age", 40L);
    private final Profile frenchAdult = profile("country", "FR", "age", 40L);
    private final Profile nobody = profile();

    @Test
    void andOrAndNot() {
        assertThat(matches(and("g", german, adult), germanAdult)).isTrue();
        assertThat(matches(and("g", german, adult), germanChild)).isFalse();
        assertThat(matches(or("g", german, adult), frenchAdult)).isTrue();
        assertThat(matches(or("g", german, adult), nobody)).isFalse();
        assertThat(matches(not(and("g", german, adult)), germanChild)).isTrue();
        assertThat(matches(not(or("g", german, adult)), frenchAdult)).isFalse();
    }

    @Test
    void notIsTheExactComplementEvenOnMissingValues() {
        // age ≥ 18 is false on a missing age, so NOT(age ≥ 18) is true there: two-valued logic.
        assertThat(matches(not(and("g", adult)), nobody)).isTrue();
        assertThat(matches(not(and("g", german)), nobody)).isTrue();
    }

    @Test
    void anEmptyRootMatchesEveryProfile() {
        assertThat(matches(and("root"), nobody)).isTrue();
        assertThat(matches(not(and("root")), germanAdult)).isTrue();
        assertThat(matches(or("root", and("a"), not(or("b"))), nobody)).isTrue();
    }

    @Test
    void aGroupWithoutConditionsIsIgnoredByItsParent() {
        // Ignored, not true: in an OR it must not make everyone match; nor false: in an AND it must not exclude.
        assertThat(matches(or("root", and("empty"), german), frenchAdult)).isFalse();
        assertThat(matches(or("root", not(and("empty")), german), frenchAdult)).isFalse();
        assertThat(matches(and("root", or("empty"), german), germanChild)).isTrue();
        assertThat(matches(and("root", and("outer", and("inner")), german), germanChild)).isTrue();
        assertThat(matches(not(and("root", and("empty"), german)), germanChild)).isFalse();
    }

    @Test
    void expandedSegmentReferencesEvaluateLikeAnyCondition() {
        ReferenceExpander expander = new ReferenceExpander(SegmentResolver.of(Map.of("germans", german)));
        Condition members = expander.expand(and("root", new SegmentRef("r", "germans", true, false)));
        Condition others = expander.expand(and("root", new SegmentRef("r", "germans", false, false)));
        for (Profile profile : List.of(germanChild, frenchAdult, nobody)) {
            assertThat(matches(others, profile)).isEqualTo(!matches(members, profile));
        }
        assertThat(matches(members, germanChild)).isTrue();
    }

    @Test
    void anUnexpandedReferenceIsRefusedNamingTheNode() {
        assertThatThrownBy(() -> matches(and("root", new SegmentRef("r7", "vip", true, false)), nobody))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("ReferenceExpander")
                .extracting(e -> ((RuleException) e).nodeId()).isEqualTo("r7");
    }

    @Test
    void aDisabledNodeIsRefusedBecauseTheExpanderDropsThem() {
        assertThatThrownBy(() -> matches(and("root", german.withDisabled(true)), nobody))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("disabled")
                .extracting(e -> ((RuleException) e).nodeId()).isEqualTo("de");
    }

    @Test
    void rulesThatDoNotFitTheSchemaAreRefusedAtCompileTime() {
        Evaluator evaluator = new Evaluator();
        assertThatThrownBy(() -> evaluator.compile(new Predicate("x", "shoe_size", Operator.IS_NULL, Operand.NONE),
                SCHEMA, EvalFixtures.AS_OF))
                .isInstanceOf(RuleException.class).hasMessageContaining("unknown attribute 'shoe_size'");
        assertThatThrownBy(() -> evaluator.compile(new Predicate("x", "vip", Operator.IN, Operand.NONE),
                SCHEMA, EvalFixtures.AS_OF))
                .isInstanceOf(RuleException.class).hasMessageContaining("does not apply to boolean values");
        assertThatThrownBy(() -> evaluator.compile(new Predicate("x", "age", Operator.BETWEEN, single(3L)),
                SCHEMA, EvalFixtures.AS_OF))
                .isInstanceOf(RuleException.class).hasMessageContaining("takes a range operand, found single");
    }

    @Test
    void aCompiledRuleIsAJavaPredicate() {
        var rule = new Evaluator().compile(german, SCHEMA, EvalFixtures.AS_OF);
        assertThat(List.of(germanChild, frenchAdult, germanAdult).stream().filter(rule).count()).isEqualTo(2);
    }
}
