package io.segmentstudio.engine.eval;

import static io.segmentstudio.domain.rule.Operator.BETWEEN;
import static io.segmentstudio.domain.rule.Operator.EQUALS;
import static io.segmentstudio.domain.rule.Operator.GREATER_OR_EQUAL;
import static io.segmentstudio.domain.rule.Operator.GREATER_THAN;
import static io.segmentstudio.domain.rule.Operator.IN;
import static io.segmentstudio.domain.rule.Operator.IS_NOT_NULL;
import static io.segmentstudio.domain.rule.Operator.IS_NULL;
import static io.segmentstudio.domain.rule.Operator.LESS_OR_EQUAL;
import static io.segmentstudio.domain.rule.Operator.LESS_THAN;
import static io.segmentstudio.domain.rule.Operator.NOT_BETWEEN;
import static io.segmentstudio.domain.rule.Operator.NOT_EQUALS;
import static io.segmentstudio.domain.rule.Operator.NOT_IN;
import static io.segmentstudio.engine.eval.EvalFixtures.list;
import static io.segmentstudio.engine.eval.EvalFixtures.matches;
import static io.segmentstudio.engine.eval.EvalFixtures.predicate;
import static io.segmentstudio.engine.eval.EvalFixtures.profile;
import static io.segmentstudio.engine.eval.EvalFixtures.range;
import static io.segmentstudio.engine.eval.EvalFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.engine.RuleException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Integer and decimal operators: exact comparison across Long and BigDecimal, orderings false on missing. */
class EvaluatorNumberTest {
    private static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("age", EQUALS, single(30L), 30L, true),
                row("age", EQUALS, single(30L), dec("30.0"), true),
                row("age", EQUALS, single(30L), 31L, false),
                row("age", EQUALS, single(30L), null, false),
                row("age", EQUALS, single(dec("2.5")), 2L, false),
                row("age", NOT_EQUALS, single(30L), null, true),
                row("age", NOT_EQUALS, single(30L), 30L, false),
                row("age", LESS_THAN, single(30L), 29L, true),
                row("age", LESS_THAN, single(30L), 30L, false),
                row("age", LESS_THAN, single(30L), null, false),
                row("age", GREATER_OR_EQUAL, single(30L), null, false),
                row("age", GREATER_OR_EQUAL, single(30L), 30L, true),
                row("age", LESS_OR_EQUAL, single(30L), 30L, true),
                row("age", GREATER_THAN, single(dec("29.5")), 30L, true),
                row("age", GREATER_THAN, single(dec("29.5")), 29L, false),
                row("age", GREATER_THAN, single(Long.MAX_VALUE - 1), Long.MAX_VALUE, true),
                row("age", LESS_THAN, single(dec("9223372036854775807.5")), Long.MAX_VALUE, true),
                row("age", GREATER_THAN, single(Long.MIN_VALUE), Long.MIN_VALUE, false),
                row("age", BETWEEN, range(18L, 30L), 18L, true),
                row("age", BETWEEN, range(18L, 30L), 30L, true),
                row("age", BETWEEN, range(18L, 30L), 31L, false),
                row("age", BETWEEN, range(30L, 18L), 20L, false),
                row("age", NOT_BETWEEN, range(18L, 30L), null, true),
                row("age", NOT_BETWEEN, range(18L, 30L), 17L, true),
                row("age", IN, list(1L, 2L), 2L, true),
                row("age", IN, list(1L, 2L), dec("2.00"), true),
                row("age", IN, list(1L, 2L), 3L, false),
                row("age", NOT_IN, list(1L, 2L), null, true),
                row("age", IS_NULL, Operand.NONE, null, true),
                row("age", IS_NOT_NULL, Operand.NONE, 0L, true),
                // decimals: exact, never through double
                row("balance", EQUALS, single(dec("19.9")), dec("19.90"), true),
                row("balance", EQUALS, single(20L), 20L, true),
                row("balance", EQUALS, single(20L), dec("20.000"), true),
                row("balance", EQUALS, single(dec("0.3")), dec("0.30000000000000001"), false),
                row("balance", GREATER_THAN, single(dec("0.3")), dec("0.30000000000000001"), true),
                row("balance", LESS_THAN, single(dec("0.1")), dec("0.09999999999999999999"), true),
                row("balance", LESS_THAN, single(0L), dec("-0.00"), false),
                row("balance", BETWEEN, range(10L, dec("20.5")), dec("20.50"), true),
                row("balance", BETWEEN, range(10L, dec("20.5")), dec("20.51"), false),
                row("balance", BETWEEN, range(10L, dec("20.5")), 10L, true),
                row("balance", NOT_BETWEEN, range(10L, dec("20.5")), dec("9.99"), true),
                row("balance", IN, list(1L, dec("2.5")), dec("2.50"), true),
                row("balance", IN, list(1L, dec("2.5")), 1L, true),
                row("balance", IN, list(1L, dec("2.5")), dec("1.0"), true),
                row("balance", IN, list(1L, dec("2.5")), dec("1E+0"), true),
                row("balance", IN, list(dec("100")), dec("1E+2"), true),
                row("balance", IN, list(dec("0.00")), 0L, true),
                row("balance", IN, list(1L, dec("2.5")), 3L, false),
                row("balance", IN, list(1L, dec("2.5")), null, false),
                row("balance", NOT_IN, list(1L, dec("2.5")), null, true),
                row("balance", NOT_IN, list(1L, dec("2.5")), dec("2.5"), false));
    }

    private static Arguments row(String attribute, Operator operator, Operand operand, Object value, boolean expected) {
        return Arguments.of(attribute, operator, operand, value, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} = {3}: {1} {2} → {4}")
    @MethodSource("cases")
    void comparesNumbersExactly(String attribute, Operator operator, Operand operand, Object value, boolean expected) {
        assertThat(matches(predicate(attribute, operator, operand), profile(attribute, value))).isEqualTo(expected);
    }

    @Test
    void aDoubleIsRefusedRatherThanComparedInexactly() {
        assertThatThrownBy(() -> matches(predicate("balance", EQUALS, single(1L)), profile("balance", 1.0d)))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("holds a Double");
    }

    @Test
    void aTextOperandOnANumberIsARuleError() {
        assertThatThrownBy(() -> matches(predicate("age", EQUALS, single("thirty")), profile("age", 30L)))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("expected a number");
    }

    @Test
    void stringOperatorsDoNotApplyToNumbers() {
        assertThatThrownBy(() -> matches(predicate("age", Operator.CONTAINS, single("3")), profile("age", 30L)))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("operator 'contains' does not apply to integer values");
    }
}
