package io.segmentstudio.engine.eval;

import static io.segmentstudio.domain.rule.Operator.CONTAINS_ALL;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_ANY;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_NONE;
import static io.segmentstudio.domain.rule.Operator.IS_EMPTY;
import static io.segmentstudio.domain.rule.Operator.IS_NOT_EMPTY;
import static io.segmentstudio.domain.rule.Operator.IS_NULL;
import static io.segmentstudio.engine.eval.EvalFixtures.list;
import static io.segmentstudio.engine.eval.EvalFixtures.matches;
import static io.segmentstudio.engine.eval.EvalFixtures.predicate;
import static io.segmentstudio.engine.eval.EvalFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TextOptions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** String-list operators: whole elements compared exactly whatever the text options, missing and empty lists. */
class EvaluatorStringListTest {
    private static final TextOptions DEFAULT = TextOptions.DEFAULT;
    private static final TextOptions CASE_SENSITIVE = new TextOptions(true, true);

    static Stream<Arguments> cases() {
        return Stream.of(
                row(CONTAINS_ANY, list("VIP", "gold"), DEFAULT, List.of("VIP"), true),
                row(CONTAINS_ANY, list("VIP", "gold"), DEFAULT, List.of("vip"), false),
                row(CONTAINS_ANY, list("VIP", "gold"), DEFAULT, List.of("silver", "gold"), true),
                row(CONTAINS_ANY, list("VIP", "gold"), DEFAULT, List.of("silver", " gold "), false),
                row(CONTAINS_ANY, list("VIP", "gold"), DEFAULT, List.of("silver"), false),
                row(CONTAINS_ANY, list("VIP", "gold"), DEFAULT, List.of("vipx", "xgold"), false),
                row(CONTAINS_ANY, list("VIP", "gold"), DEFAULT, List.of(), false),
                row(CONTAINS_ANY, list("VIP", "gold"), DEFAULT, null, false),
                row(CONTAINS_ANY, list("VIP", "gold"), CASE_SENSITIVE, List.of("vip"), false),
                row(CONTAINS_ANY, list("Zoë"), DEFAULT, List.of("ZOË"), false),
                row(CONTAINS_ANY, list("Zoë"), DEFAULT, List.of("Zoë"), true),
                row(CONTAINS_ANY, list("gold"), DEFAULT, Arrays.asList(null, "gold"), true),
                row(CONTAINS_ALL, list("a", "B"), DEFAULT, List.of("a", "B", "c"), true),
                row(CONTAINS_ALL, list("a", "B"), DEFAULT, List.of("A", "b", "c"), false),
                row(CONTAINS_ALL, list("a", "B"), DEFAULT, List.of("a"), false),
                row(CONTAINS_ALL, list("a", "B"), DEFAULT, List.of(), false),
                row(CONTAINS_ALL, list("a", "B"), DEFAULT, null, false),
                row(CONTAINS_ALL, list("a", "a"), DEFAULT, List.of("a"), true),
                row(CONTAINS_NONE, list("a"), DEFAULT, null, true),
                row(CONTAINS_NONE, list("a"), DEFAULT, List.of(), true),
                row(CONTAINS_NONE, list("a"), DEFAULT, List.of("A"), true),
                row(CONTAINS_NONE, list("a"), DEFAULT, List.of("a"), false),
                row(CONTAINS_NONE, list("a"), DEFAULT, List.of("ab"), true),
                row(IS_EMPTY, Operand.NONE, DEFAULT, null, true),
                row(IS_EMPTY, Operand.NONE, DEFAULT, List.of(), true),
                row(IS_EMPTY, Operand.NONE, DEFAULT, List.of(""), false),
                row(IS_NOT_EMPTY, Operand.NONE, DEFAULT, List.of(""), true),
                row(IS_NOT_EMPTY, Operand.NONE, DEFAULT, null, false),
                row(IS_NULL, Operand.NONE, DEFAULT, List.of(), false));
    }

    private static Arguments row(Operator operator, Operand operand, TextOptions options, List<String> value,
                                 boolean expected) {
        return Arguments.of(operator, operand, options, value, expected);
    }

    @ParameterizedTest(name = "[{index}] {3} {0} {1} {2} → {4}")
    @MethodSource("cases")
    void comparesListsElementByElement(Operator operator, Operand operand, TextOptions options, List<String> value,
                                       boolean expected) {
        assertThat(matches(predicate("tags", operator, operand, options), profile("tags", value))).isEqualTo(expected);
    }
}
