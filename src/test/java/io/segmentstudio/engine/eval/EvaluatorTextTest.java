package io.segmentstudio.engine.eval;

import static io.segmentstudio.domain.rule.Operator.CONTAINS;
import static io.segmentstudio.domain.rule.Operator.ENDS_WITH;
import static io.segmentstudio.domain.rule.Operator.EQUALS;
import static io.segmentstudio.domain.rule.Operator.IN;
import static io.segmentstudio.domain.rule.Operator.IS_EMPTY;
import static io.segmentstudio.domain.rule.Operator.IS_NOT_EMPTY;
import static io.segmentstudio.domain.rule.Operator.IS_NOT_NULL;
import static io.segmentstudio.domain.rule.Operator.IS_NULL;
import static io.segmentstudio.domain.rule.Operator.MATCHES_REGEX;
import static io.segmentstudio.domain.rule.Operator.NOT_CONTAINS;
import static io.segmentstudio.domain.rule.Operator.NOT_ENDS_WITH;
import static io.segmentstudio.domain.rule.Operator.NOT_EQUALS;
import static io.segmentstudio.domain.rule.Operator.NOT_IN;
import static io.segmentstudio.domain.rule.Operator.NOT_STARTS_WITH;
import static io.segmentstudio.domain.rule.Operator.STARTS_WITH;
import static io.segmentstudio.engine.eval.EvalFixtures.list;
import static io.segmentstudio.engine.eval.EvalFixtures.matches;
import static io.segmentstudio.engine.eval.EvalFixtures.predicate;
import static io.segmentstudio.engine.eval.EvalFixtures.profile;
import static io.segmentstudio.engine.eval.EvalFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.engine.RuleException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** String operators: case, trimming (U+0020 only), blanks, literal wildcards, regex, missing values. */
class EvaluatorTextTest {
    private static final TextOptions DEFAULT = TextOptions.DEFAULT;
    private static final TextOptions CASE_SENSITIVE = new TextOptions(true, true);
    private static final TextOptions UNTRIMMED = new TextOptions(false, false);

    static Stream<Arguments> cases() {
        return Stream.of(
                // equals: case-insensitive and trimmed by default, on both sides
                row(EQUALS, single("de"), DEFAULT, "DE", true),
                row(EQUALS, single("de"), DEFAULT, " de ", true),
                row(EQUALS, single(" DE  "), DEFAULT, "de", true),
                row(EQUALS, single("de"), DEFAULT, "\tde", false),
                row(EQUALS, single("de"), DEFAULT, "de\u00A0", false),
                row(EQUALS, single("de"), DEFAULT, null, false),
                row(EQUALS, single("de"), DEFAULT, "", false),
                row(EQUALS, single(""), DEFAULT, "   ", true),
                row(EQUALS, single("de"), CASE_SENSITIVE, "DE", false),
                row(EQUALS, single("de"), CASE_SENSITIVE, " de ", true),
                row(EQUALS, single("de"), UNTRIMMED, " de", false),
                row(EQUALS, single("de"), UNTRIMMED, "DE", true),
                row(EQUALS, single("Zoë"), DEFAULT, "ZOË", true),
                row(EQUALS, single("Zoë"), CASE_SENSITIVE, "ZOË", false),
                row(EQUALS, single(" de "), TextOptions.EXACT, " de ", true),
                row(EQUALS, single(" de "), TextOptions.EXACT, "de", false),
                // Unicode simple lower-casing: İ is i, Σ is σ wherever it stands (not the final ς)
                row(EQUALS, single("istanbul"), DEFAULT, "İSTANBUL", true),
                row(EQUALS, single("οδοσ"), DEFAULT, "ΟΔΟΣ", true),
                row(EQUALS, single("οδος"), DEFAULT, "ΟΔΟΣ", false),
                row(EQUALS, single("straße"), DEFAULT, "STRASSE", false),
                row(NOT_EQUALS, single("de"), DEFAULT, "DE", false),
                row(NOT_EQUALS, single("de"), DEFAULT, "fr", true),
                row(NOT_EQUALS, single("de"), DEFAULT, null, true),
                // in
                row(IN, list("DE", "fr"), DEFAULT, "fr ", true),
                row(IN, list("DE", "fr"), DEFAULT, "de", true),
                row(IN, list("DE", "fr"), DEFAULT, "es", false),
                row(IN, list("DE", "fr"), DEFAULT, null, false),
                row(IN, list("DE", "fr"), CASE_SENSITIVE, "de", false),
                row(IN, list(), DEFAULT, "de", false),
                row(NOT_IN, list("DE", "fr"), DEFAULT, null, true),
                row(NOT_IN, list("DE", "fr"), DEFAULT, "Fr", false),
                row(NOT_IN, list("DE", "fr"), DEFAULT, "es", true),
                // contains, starts_with, ends_with: literal, no wildcards
                row(CONTAINS, single("%"), DEFAULT, "100%", true),
                row(CONTAINS, single("%"), DEFAULT, "100", false),
                row(CONTAINS, single("a_c"), DEFAULT, "xA_Cx", true),
                row(CONTAINS, single("a_c"), DEFAULT, "abc", false),
                row(CONTAINS, single("\\"), DEFAULT, "a\\b", true),
                row(CONTAINS, single("\\"), DEFAULT, "ab", false),
                row(CONTAINS, single(".*"), DEFAULT, "abc", false),
                row(CONTAINS, single(""), DEFAULT, "", true),
                row(CONTAINS, single(""), DEFAULT, null, false),
                row(CONTAINS, single(" de "), DEFAULT, "Abdeck", true),
                row(CONTAINS, single(" de "), UNTRIMMED, "Abdeck", false),
                row(CONTAINS, single(" de "), UNTRIMMED, "van DE Berg", true),
                row(NOT_CONTAINS, single("x"), DEFAULT, null, true),
                row(NOT_CONTAINS, single("x"), DEFAULT, "aXb", false),
                row(STARTS_WITH, single("ab"), DEFAULT, "ABc", true),
                row(STARTS_WITH, single("ab"), DEFAULT, "  abc", true),
                row(STARTS_WITH, single("ab"), UNTRIMMED, "  abc", false),
                row(STARTS_WITH, single("ab"), DEFAULT, "cab", false),
                row(NOT_STARTS_WITH, single("ab"), DEFAULT, null, true),
                row(ENDS_WITH, single("ë"), DEFAULT, "ZOË", true),
                row(ENDS_WITH, single("ë"), DEFAULT, "Zoe", false),
                row(ENDS_WITH, single("%"), DEFAULT, "50% ", true),
                row(NOT_ENDS_WITH, single("ë"), DEFAULT, "ZOË", false),
                row(NOT_ENDS_WITH, single("ë"), DEFAULT, null, true),
                // regex: partial match, case through flags, value trimmed, pattern untouched
                row(MATCHES_REGEX, single("b"), DEFAULT, "xabcx", true),
                row(MATCHES_REGEX, single("^a.c$"), DEFAULT, "ABC", true),
                row(MATCHES_REGEX, single("^a.c$"), DEFAULT, " abc ", true),
                row(MATCHES_REGEX, single("^a.c$"), UNTRIMMED, " abc ", false),
                row(MATCHES_REGEX, single("^a.c$"), CASE_SENSITIVE, "ABC", false),
                row(MATCHES_REGEX, single("ZOË"), DEFAULT, "zoë", true),
                row(MATCHES_REGEX, single("^\\d{2,3}$"), DEFAULT, "123", true),
                row(MATCHES_REGEX, single("^\\d{2,3}$"), DEFAULT, "1234", false),
                row(MATCHES_REGEX, single("(de|fr)$"), DEFAULT, "x-FR", true),
                row(MATCHES_REGEX, single(" x"), DEFAULT, "a x", true),
                row(MATCHES_REGEX, single("a"), DEFAULT, null, false),
                // empty and missing
                row(IS_EMPTY, Operand.NONE, DEFAULT, null, true),
                row(IS_EMPTY, Operand.NONE, DEFAULT, "", true),
                row(IS_EMPTY, Operand.NONE, DEFAULT, "   ", true),
                row(IS_EMPTY, Operand.NONE, UNTRIMMED, "   ", true),
                row(IS_EMPTY, Operand.NONE, DEFAULT, "\t", false),
                row(IS_EMPTY, Operand.NONE, DEFAULT, "\u00A0", false),
                row(IS_EMPTY, Operand.NONE, DEFAULT, " a ", false),
                row(IS_NOT_EMPTY, Operand.NONE, DEFAULT, null, false),
                row(IS_NOT_EMPTY, Operand.NONE, DEFAULT, " ", false),
                row(IS_NOT_EMPTY, Operand.NONE, DEFAULT, "a", true),
                row(IS_NULL, Operand.NONE, DEFAULT, null, true),
                row(IS_NULL, Operand.NONE, DEFAULT, "", false),
                row(IS_NOT_NULL, Operand.NONE, DEFAULT, "", true),
                row(IS_NOT_NULL, Operand.NONE, DEFAULT, null, false));
    }

    private static Arguments row(Operator operator, Operand operand, TextOptions options, String value, boolean expected) {
        return Arguments.of(operator, operand, options, value, expected);
    }

    @ParameterizedTest(name = "[{index}] {3} {0} {1} {2} → {4}")
    @MethodSource("cases")
    void comparesStringsPerSemantics(Operator operator, Operand operand, TextOptions options, String value,
                                     boolean expected) {
        assertThat(matches(predicate("name", operator, operand, options), profile("name", value))).isEqualTo(expected);
    }

    @Test
    void anAbsentAttributeIsMissingLikeNull() {
        assertThat(matches(predicate("name", EQUALS, single("a")), profile())).isFalse();
        assertThat(matches(predicate("name", NOT_EQUALS, single("a")), profile())).isTrue();
        assertThat(matches(predicate("name", IS_EMPTY, Operand.NONE), profile())).isTrue();
    }

    @Test
    void anInvalidRegexIsARuleErrorNamingTheNode() {
        assertThatThrownBy(() -> matches(predicate("name", MATCHES_REGEX, single("(a")), profile("name", "a")))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("invalid regular expression")
                .extracting(e -> ((RuleException) e).nodeId()).isEqualTo("p1");
    }

    @Test
    void aValueOfAnotherTypeInAStringAttributeIsADataError() {
        assertThatThrownBy(() -> matches(predicate("name", EQUALS, single("1")), profile("name", 1L)))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("'name' of profile p holds a Long");
    }
}
