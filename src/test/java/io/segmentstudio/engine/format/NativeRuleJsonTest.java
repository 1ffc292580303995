package io.segmentstudio.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeRuleJsonTest {
    private static final RuleSchema SCHEMA = RuleSchema.of(List.of(
            new Attribute("aov", AttributeType.DECIMAL, "", "t", false),
            new Attribute("orders", AttributeType.INTEGER, "", "t", false),
            new Attribute("signup", AttributeType.DATE, "", "t", false)), List.of());
    private final NativeRuleJson json = new NativeRuleJson();

    @Test
    void typesValuesByTheCatalogAndGeneratesMissingIds() {
        SegmentDefinition definition = json.read("""
                {"format":"segment-studio.segment","formatVersion":1,"name":"HV","tags":["value"],
                 "rule":{"type":"group","combinator":"and","children":[
                   {"type":"predicate","attribute":"aov","operator":"greater_than","value":200},
                   {"type":"predicate","attribute":"orders","operator":"equals","value":"3"},
                   {"type":"predicate","attribute":"signup","operator":"after","value":"2024-02-29"}]}}
                """, SCHEMA);
        Group root = (Group) definition.rule();
        assertThat(root.id()).isEqualTo("n1");
        assertThat(((Operand.Single) ((Predicate) root.children().get(0)).operand()).value())
                .isEqualTo(new Value.Dec(new BigDecimal("200")));
        assertThat(((Operand.Single) ((Predicate) root.children().get(1)).operand()).value()).isEqualTo(new Value.Int(3));
        assertThat(((Operand.Single) ((Predicate) root.children().get(2)).operand()).value())
                .isEqualTo(new Value.Day(LocalDate.of(2024, 2, 29)));
        assertThat(definition.tags()).containsExactly("value");
    }

    @Test
    void writesStablePrettyJsonThatReadsBackToTheSameTree() {
        String text = """
                {"name":"Window shoppers","rule":{"type":"group","combinator":"and","negated":true,"children":[
                  {"type":"event","eventType":"cart_add","count":{"operator":"between","value":3,"upper":9},
                   "window":{"last":30,"unit":"days"},
                   "aggregate":{"function":"sum","property":"amount","operator":"at_least","value":10.50}},
                  {"type":"predicate","attribute":"aov","operator":"between","values":[1.5, 2],"disabled":true,
                   "text":{"caseSensitive":true,"trim":false}},
                  {"type":"segment","segment":"VIP","member":false}]}}
                """;
        SegmentDefinition first = json.read(text, SCHEMA);
        String written = json.write(first);
        assertThat(json.read(written, SCHEMA)).isEqualTo(first);
        assertThat(json.write(json.read(written, SCHEMA))).isEqualTo(written);
        assertThat(written).startsWith("{\n  \"format\" : \"segment-studio.segment\",\n  \"formatVersion\" : 1,");
        assertThat(written).contains("\"value\" : 10.50");
    }

    @Test
    void errorsNameTheJsonPath() {
        assertThatThrownBy(() -> json.read("{\"rule\":{\"type\":\"group\",\"children\":[{\"type\":\"predicate\","
                + "\"attribute\":\"aov\",\"operator\":\"greater_than_ish\",\"value\":1}]}}", SCHEMA))
                .isInstanceOf(RuleFormatException.class)
                .hasMessage("$.rule.children[0].operator: unknown operator 'greater_than_ish'");
        assertThatThrownBy(() -> json.read("{\"rule\":{\"attribute\":\"aov\",\"operator\":\"between\",\"values\":[1]}}",
                SCHEMA)).hasMessageContaining("$.rule.values: operator 'between' needs exactly two values");
        assertThatThrownBy(() -> json.read("{\"rule\": [", SCHEMA)).hasMessageStartingWith("$: not valid JSON (line 1");
        assertThatThrownBy(() -> json.read("{\"formatVersion\": 7, \"rule\": {}}", SCHEMA))
                .hasMessageContaining("newer than this Segment Studio reads");
    }
}
