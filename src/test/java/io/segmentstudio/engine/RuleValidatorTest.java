package io.segmentstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.format.NativeRuleJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {
    private static final RuleSchema SCHEMA = RuleSchema.of(List.of(
            new Attribute("country", AttributeType.STRING, "", "t", false),
            new Attribute("orders", AttributeType.INTEGER, "", "t", false),
            new Attribute("aov", AttributeType.DECIMAL, "", "t", false),
            new Attribute("vip", AttributeType.BOOLEAN, "", "t", false),
            new Attribute("signup", AttributeType.DATE, "", "t", false),
            new Attribute("tags", AttributeType.STRING_LIST, "", "t", false)),
            List.of(new Attribute("amount", AttributeType.DECIMAL, "", "event", false),
                    new Attribute("category", AttributeType.STRING, "", "event", false)));
    private final NativeRuleJson json = new NativeRuleJson();

    private List<String> problems(String rule, Map<String, String> segments) {
        Map<String, Condition> rules = new java.util.HashMap<>();
        segments.forEach((name, text) -> rules.put(name, json.readRule(text, SCHEMA)));
        return new RuleValidator(SCHEMA, SegmentResolver.of(rules)).validate(json.readRule(rule, SCHEMA)).stream()
                .map(RuleProblem::toString).toList();
    }

    private List<String> problems(String rule) {
        return problems(rule, Map.of());
    }

    @Test
    void aCorrectRuleHasNoProblems() {
        assertThat(problems("""
                {"type":"group","combinator":"and","children":[
                  {"type":"predicate","attribute":"country","operator":"in","values":["DE","AT"]},
                  {"type":"predicate","attribute":"aov","operator":"greater_than","value":200},
                  {"type":"predicate","attribute":"signup","operator":"in_last","amount":30,"unit":"days"},
                  {"type":"event","eventType":"purchase","filters":[
                     {"type":"predicate","attribute":"category","operator":"equals","value":"shoes"}],
                   "count":{"operator":"at_least","value":2},"window":{"last":3,"unit":"months"},
                   "aggregate":{"function":"sum","property":"amount","operator":"at_least","value":100}}]}
                """)).isEmpty();
    }

    @Test
    void namesTheNodeAndTheReasonForEachMistake() {
        List<String> found = problems("""
                {"type":"group","combinator":"or","children":[
                  {"type":"predicate","attribute":"countri","operator":"equals","value":"DE"},
                  {"type":"predicate","attribute":"vip","operator":"greater_than","value":1},
                  {"type":"predicate","attribute":"orders","operator":"equals","value":"many"},
                  {"type":"predicate","attribute":"orders","operator":"greater_than","value":2.5},
                  {"type":"predicate","attribute":"signup","operator":"in_last","amount":0,"unit":"days"},
                  {"type":"predicate","attribute":"country","operator":"in","values":[]},
                  {"type":"predicate","attribute":"aov","operator":"between","values":[10, 5]},
                  {"type":"group","combinator":"and","children":[]},
                  {"type":"event","eventType":"purchase","window":{"last":-2,"unit":"days"},
                   "aggregate":{"function":"avg","property":"category","operator":"at_least","value":1}}]}
                """);
        assertThat(found).containsExactly(
                "rule › condition 1 (countri): unknown attribute 'countri'",
                "rule › condition 2 (vip): operator 'greater_than' does not apply to 'vip' (boolean);"
                        + " use one of [equals, not_equals, is_null, is_not_null, is_true, is_false]",
                "rule › condition 3 (orders): value 'many' for 'orders' (integer) is not an integer",
                "rule › condition 4 (orders): value 2.5 for 'orders' (integer) must be a whole number",
                "rule › condition 5 (signup): the period must be at least 1 days, found 0",
                "rule › condition 6 (country): operator 'in' needs at least one value",
                "rule › condition 7 (aov): the lower bound 10 is above the upper bound 5",
                "rule › condition 8 (group): empty group: add a condition or remove the group",
                "rule › condition 9 (event purchase): the window must be at least 1 days, found -2",
                "rule › condition 9 (event purchase): avg needs a number property; 'category' is string");
    }

    @Test
    void rejectsRegularExpressionsOutsideTheSharedSubset() {
        assertThat(problems("{\"attribute\":\"country\",\"operator\":\"matches_regex\",\"value\":\"^(a)\\\\1$\"}"))
                .singleElement().asString().contains("construct not every database reads alike");
        assertThat(problems("{\"attribute\":\"country\",\"operator\":\"matches_regex\",\"value\":\"(?=x)\"}"))
                .hasSize(1);
        assertThat(problems("{\"attribute\":\"country\",\"operator\":\"matches_regex\",\"value\":\"[\"}"))
                .singleElement().asString().contains("invalid regular expression");
        assertThat(problems("{\"attribute\":\"country\",\"operator\":\"matches_regex\",\"value\":\"^[A-Z]{2}\\\\d*$\"}"))
                .isEmpty();
        for (String fine : List.of("\\\\?+", "\\\\[[a-h]", "(?:ab)+c", "[]a]", "[^]x]+", "a{2,3}?")) {
            assertThat(problems("{\"attribute\":\"country\",\"operator\":\"matches_regex\",\"value\":\"" + fine + "\"}"))
                    .as(fine).isEmpty();
        }
        for (String outside : List.of("a*+", "[[:alpha:]]", "\\\\w+", "(?i)abc", "[a-z&&[^e]]", "\\\\bword")) {
            assertThat(problems("{\"attribute\":\"country\",\"operator\":\"matches_regex\",\"value\":\"" + outside
                    + "\"}")).as(outside).singleElement().asString().contains("reads alike");
        }
    }

    @Test
    void unresolvedAndCyclicSegmentReferences() {
        assertThat(problems("{\"type\":\"segment\",\"segment\":\"Ghost\",\"member\":true}"))
                .containsExactly("rule: unknown segment 'Ghost'");
        Map<String, String> cycle = Map.of(
                "A", "{\"type\":\"segment\",\"segment\":\"B\",\"member\":true}",
                "B", "{\"type\":\"segment\",\"segment\":\"A\",\"member\":false}");
        assertThat(problems("{\"type\":\"segment\",\"segment\":\"A\",\"member\":true}", cycle))
                .singleElement().asString().contains("cycle: A → B → A");
    }
}
