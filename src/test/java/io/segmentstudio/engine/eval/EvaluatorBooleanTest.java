package io.segmentstudio.engine.eval;

import static io.segmentstudio.engine.eval.EvalFixtures.matches;
import static io.segmentstudio.engine.eval.EvalFixtures.predicate;
import static io.segmentstudio.engine.eval.EvalFixtures.profile;
import static io.segmentstudio.engine.eval.EvalFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flags: is_true and is_false are both false on a missing flag; not_equals is the complement of equals. */
class EvaluatorBooleanTest {
    @ParameterizedTest(name = "vip = {1}: {0} → {2}")
    @CsvSource(nullValues = "missing", value = {
        "IS_TRUE, true, true", "IS_TRUE, false, false", "IS_TRUE, missing, false",
        "IS_FALSE, false, true", "IS_FALSE, true, false", "IS_FALSE, missing, false",
        "IS_NULL, missing, true", "IS_NULL, false, false",
        "IS_NOT_NULL, false, true", "IS_NOT_NULL, missing, false"})
    void flagsWithoutOperand(Operator operator, Boolean value, boolean expected) {
        assertThat(matches(predicate("vip", operator, Operand.NONE), profile("vip", value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "vip = {2}: {0} {1} → {3}")
    @CsvSource(nullValues = "missing", value = {
        "EQUALS, true, true, true", "EQUALS, true, false, false", "EQUALS, true, missing, false",
        "EQUALS, false, false, true", "EQUALS, false, missing, false",
        "NOT_EQUALS, true, missing, true", "NOT_EQUALS, true, false, true", "NOT_EQUALS, true, true, false"})
    void flagsComparedWithAValue(Operator operator, boolean operand, Boolean value, boolean expected) {
        assertThat(matches(predicate("vip", operator, single(operand)), profile("vip", value))).isEqualTo(expected);
    }
}
