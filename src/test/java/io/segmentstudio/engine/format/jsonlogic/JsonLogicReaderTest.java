package io.segmentstudio.engine.format.jsonlogic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormatException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLogicReaderTest {
    private static final RuleSchema SCHEMA = RuleSchema.of(List.of(
            new Attribute("age", AttributeType.INTEGER, "", "", false),
            new Attribute("balance", AttributeType.DECIMAL, "", "", false),
            new Attribute("country", AttributeType.STRING, "", "", false),
            new Attribute("tags", AttributeType.STRING_LIST, "", "", false),
            new Attribute("signup", AttributeType.DATE, "", "", false),
            new Attribute("address_city", AttributeType.STRING, "", "", false)), List.of());
    private final JsonLogicReader reader = new JsonLogicReader();

    private ImportedRule read(String json) {
        return reader.read(json, SCHEMA);
    }

    @Test
    void betweenFormsAndNullComparisons() {
        assertThat(read("{\"<=\":[1,{\"var\":\"age\"},5]}").rule()).isEqualTo(new Predicate("n1", "age", Operator.BETWEEN,
                new Operand.Range(new Value.Int(1), new Value.Int(5))));
        assertThat(read("{\"<\":[1,{\"var\":\"age\"},5]}").rule()).isEqualTo(new Predicate("n1", "age", Operator.BETWEEN,
                new Operand.Range(new Value.Int(2), new Value.Int(4))));
        Condition decimal = read("{\"<\":[1,{\"var\":\"balance\"},5]}").rule();
        assertThat(decimal).isInstanceOf(Group.class);
        assertThat(((Group) decimal).children()).extracting(c -> ((Predicate) c).operator())
                .containsExactly(Operator.GREATER_THAN, Operator.LESS_THAN);
        assertThat(read("{\"==\":[{\"var\":\"age\"},null]}").rule()).isEqualTo(new Predicate("n1", "age", Operator.IS_NULL,
                Operand.NONE));
        assertThat(read("{\"!=\":[null,{\"var\":\"age\"}]}").rule()).isEqualTo(new Predicate("n1", "age",
                Operator.IS_NOT_NULL, Operand.NONE));
        assertThat(read("{\"<=\":[\"2024-01-01\",{\"var\":\"signup\"},\"2024-01-31\"]}").rule()).isEqualTo(new Predicate(
                "n1", "signup", Operator.BETWEEN, new Operand.Range(new Value.Day(LocalDate.of(2024, 1, 1)),
                new Value.Day(LocalDate.of(2024, 1, 31)))));
    }

    @Test
    void warnsWhereJavaScriptAnswersOtherwiseOnTheNodesPath() {
        ImportedRule rule = read("{\"and\":[{\"==\":[{\"var\":\"country\"},\"DE\"]},{\"<\":[{\"var\":\"age\"},30]}]}");
        assertThat(rule.warnings()).extracting(FormatWarning::path).containsExactly("$.and[1][\"<\"]");
        assertThat(((Group) rule.rule()).children().get(0)).isEqualTo(new Predicate("n2", "country", Operator.EQUALS,
                new Operand.Single(new Value.Text("DE")), TextOptions.EXACT, false));
        // Guarded by != null, the comparison means the same in both: no warning.
        assertThat(read("{\"and\":[{\"!=\":[{\"var\":\"age\"},null]},{\"<\":[{\"var\":\"age\"},30]}]}").warnings()).isEmpty();
        ImportedRule converted = read("{\"==\":[{\"var\":\"age\"},\"42\"]}");
        assertThat(converted.rule()).isEqualTo(new Predicate("n1", "age", Operator.EQUALS, new Operand.Single(new Value.Int(42))));
        assertThat(converted.warnings()).extracting(FormatWarning::path).containsExactly("$[\"==\"][1]");
    }

    @Test
    void listsStringsNegationsAndPaths() {
        assertThat(read("{\"in\":[{\"var\":\"country\"},[\"DE\",\"FR\"]]}").rule()).isEqualTo(new Predicate("n1", "country",
                Operator.IN, new Operand.ValueList(List.of(new Value.Text("DE"), new Value.Text("FR"))), TextOptions.EXACT, false));
        assertThat(read("{\"!\":{\"in\":[\"ber\",{\"var\":\"address.city\"}]}}").rule()).isEqualTo(new Predicate("n1",
                "address_city", Operator.NOT_CONTAINS, new Operand.Single(new Value.Text("ber")), TextOptions.EXACT, false));
        assertThat(read("{\"in\":[\"vip\",{\"var\":\"tags\"}]}").rule()).isEqualTo(new Predicate("n1", "tags",
                Operator.CONTAINS_ANY, new Operand.ValueList(List.of(new Value.Text("vip")))));
        Condition missing = read("{\"missing\":[\"age\",\"country\"]}").rule();
        assertThat(missing).isInstanceOf(Group.class);
        assertThat(read("{\"!\":{\"missing_some\":[1,[\"age\",\"balance\"]]}}").rule()).isInstanceOf(Group.class);
    }

    @Test
    void refusesWhatCannotBeMappedWithThePath() {
        assertThatThrownBy(() -> read("{\"and\":[{\"==\":[1,1]},{\"if\":[true,1,2]}]}"))
                .isInstanceOf(RuleFormatException.class).extracting(e -> ((RuleFormatException) e).path())
                .isEqualTo("$.and[0][\"==\"]");
        assertThatThrownBy(() -> read("{\"or\":[{\"<\":[{\"+\":[{\"var\":\"age\"},1]},3]}]}"))
                .isInstanceOf(RuleFormatException.class).hasMessageStartingWith("$.or[0][\"<\"]");
        assertThatThrownBy(() -> read("{\"or\":[{\"if\":[true,1,2]}]}")).hasMessageStartingWith("$.or[0].if");
        assertThatThrownBy(() -> read("{\"==\":[{\"var\":\"nope\"},1]}")).hasMessageStartingWith("$[\"==\"][0].var")
                .hasMessageContaining("unknown attribute 'nope'");
    }
}
