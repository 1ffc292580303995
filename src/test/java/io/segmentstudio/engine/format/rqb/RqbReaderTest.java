package io.segmentstudio.engine.format.rqb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.FormatSchemas;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RqbReaderTest {
    static final RuleSchema SCHEMA = FormatSchemas.EVERY_TYPE;
    private final RqbReader reader = new RqbReader();

    private ImportedRule read(String json) {
        return reader.read(json, SCHEMA);
    }

    private Predicate only(String rule) {
        Group root = (Group) read("{\"combinator\":\"and\",\"rules\":[" + rule + "]}").rule();
        return (Predicate) root.children().get(0);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "name|=|\"de\"|EQUALS",
        "name|!=|\"de\"|NOT_EQUALS",
        "age|<|3|LESS_THAN",
        "age|<=|3|LESS_OR_EQUAL",
        "age|>|3|GREATER_THAN",
        "age|>=|3|GREATER_OR_EQUAL",
        "name|contains|\"x\"|CONTAINS",
        "name|beginsWith|\"x\"|STARTS_WITH",
        "name|endsWith|\"x\"|ENDS_WITH",
        "name|doesNotContain|\"x\"|NOT_CONTAINS",
        "name|doesNotBeginWith|\"x\"|NOT_STARTS_WITH",
        "name|doesNotEndWith|\"x\"|NOT_ENDS_WITH",
        "tags|null|null|IS_NULL",
        "tags|notNull|\"\"|IS_NOT_NULL",
        "name|in|[\"a\",\"b\"]|IN",
        "name|notIn|\"a,b\"|NOT_IN",
        "age|between|[1,5]|BETWEEN",
        "age|notBetween|\"1,5\"|NOT_BETWEEN",
        "birthday|<|\"2024-01-01\"|BEFORE",
        "birthday|>|\"2024-01-01\"|AFTER",
        "birthday|=|\"2024-01-01\"|EQUALS",
        "last_seen|=|\"2024-01-01\"|ON",
        "vip|=|true|EQUALS",
        "balance|between|[\"1.5\",\"2\"]|BETWEEN"})
    void readsEveryOperator(String field, String operator, String value, Operator expected) {
        Predicate predicate = only("{\"field\":\"" + field + "\",\"operator\":\"" + operator + "\",\"value\":" + value + "}");
        assertThat(predicate.operator()).isEqualTo(expected);
        assertThat(predicate.operand().kind()).isEqualTo(expected.operand());
        assertThat(predicate.text()).isEqualTo(TextOptions.DEFAULT);
    }

    @Test
    void onOrBeforeADayIsBeforeTheNextDay() {
        Predicate before = only("{\"field\":\"birthday\",\"operator\":\"<=\",\"value\":\"2024-02-28\"}");
        assertThat(before.operator()).isEqualTo(Operator.BEFORE);
        assertThat(before.operand()).isEqualTo(new Operand.Single(new Value.Day(LocalDate.of(2024, 2, 29))));
        Predicate after = only("{\"field\":\"last_seen\",\"operator\":\">=\",\"value\":\"2024-03-01\"}");
        assertThat(after.operator()).isEqualTo(Operator.AFTER);
        assertThat(after.operand()).isEqualTo(new Operand.Single(new Value.Day(LocalDate.of(2024, 2, 29))));
    }

    @Test
    void convertsStringValuesToTheAttributeType() {
        assertThat(only("{\"field\":\"age\",\"operator\":\"=\",\"value\":\"42\"}").operand())
                .isEqualTo(new Operand.Single(new Value.Int(42)));
        assertThat(only("{\"field\":\"age\",\"operator\":\"=\",\"value\":\"3.0\"}").operand())
                .isEqualTo(new Operand.Single(new Value.Int(3)));
        assertThat(only("{\"field\":\"balance\",\"operator\":\"=\",\"value\":\"19.90\"}").operand())
                .isEqualTo(new Operand.Single(new Value.Dec(new BigDecimal("19.9"))));
        assertThat(only("{\"field\":\"balance\",\"operator\":\"=\",\"value\":0.1}").operand())
                .isEqualTo(new Operand.Single(new Value.Dec(new BigDecimal("0.1"))));
        assertThat(only("{\"field\":\"vip\",\"operator\":\"=\",\"value\":\"true\"}").operand())
                .isEqualTo(new Operand.Single(new Value.Bool(true)));
    }

    @Test
    void commaSeparatedListsFollowRqbsSplitByWithEscapesTrimAndBlanksDropped() {
        ImportedRule imported = read("{\"combinator\":\"and\",\"rules\":[{\"field\":\"name\",\"operator\":\"in\","
                + "\"value\":\" a , b\\\\,c ,, d\"}]}");
        Predicate predicate = (Predicate) ((Group) imported.rule()).children().get(0);
        assertThat(predicate.operand()).isEqualTo(new Operand.ValueList(List.of(new Value.Text("a"),
                new Value.Text("b,c"), new Value.Text("d"))));
        assertThat(imported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("$.rules[0].value");
            assertThat(w.message()).contains("1 empty element");
        });
        assertThat(only("{\"field\":\"age\",\"operator\":\"in\",\"value\":\"1, 2,3\"}").operand())
                .isEqualTo(new Operand.ValueList(List.of(new Value.Int(1), new Value.Int(2), new Value.Int(3))));
        assertThat(only("{\"field\":\"birthday\",\"operator\":\"between\",\"value\":\"2024-01-01,2024-12-31\"}")
                .operand()).isEqualTo(new Operand.Range(new Value.Day(LocalDate.of(2024, 1, 1)),
                new Value.Day(LocalDate.of(2024, 12, 31))));
        assertThat(RqbValues.splitBy("this\\,\\,that,,the other,,,\\,"))
                .containsExactly("this,,that", "", "the other", "", "", ",");
    }

    @Test
    void warnsWhereAConversionLosesSomething() {
        ImportedRule imported = read("{\"combinator\":\"and\",\"rules\":["
                + "{\"field\":\"last_seen\",\"operator\":\"<\",\"value\":\"2024-05-01T23:30:00Z\"},"
                + "{\"field\":\"name\",\"operator\":\"=\",\"value\":1.50}]}");
        Group root = (Group) imported.rule();
        assertThat(((Predicate) root.children().get(0)).operand())
                .isEqualTo(new Operand.Single(new Value.Day(LocalDate.of(2024, 5, 1))));
        assertThat(((Predicate) root.children().get(1)).operand()).isEqualTo(new Operand.Single(new Value.Text("1.50")));
        assertThat(imported.warnings()).extracting(w -> w.path()).containsExactly("$.rules[0].value", "$.rules[1].value");
        assertThat(imported.warnings().get(0).message()).contains("time of day is dropped");
    }

    @Test
    void keepsNestingNegationAndIdsAndGeneratesFreeIds() {
        Group root = (Group) read("""
                {"id":"n2","combinator":"or","not":true,"rules":[
                  {"field":"age","operator":">","value":1},
                  {"id":"g","combinator":"and","rules":[{"id":"n1","field":"name","operator":"=","value":"x"}]}]}
                """).rule();
        assertThat(root.id()).isEqualTo("n2");
        assertThat(root.combinator()).isEqualTo(Combinator.OR);
        assertThat(root.negated()).isTrue();
        assertThat(root.children().get(0).id()).isEqualTo("n3");
        Group inner = (Group) root.children().get(1);
        assertThat(inner.id()).isEqualTo("g");
        assertThat(inner.children().get(0).id()).isEqualTo("n1");
    }

    @Test
    void mutedNodesBecomeDisabledAndRqbsUiLockChangesNothing() {
        Group root = (Group) read("{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\">\","
                + "\"value\":1,\"muted\":true},{\"field\":\"age\",\"operator\":\"<\",\"value\":9,\"disabled\":true}]}").rule();
        assertThat(root.children()).extracting(Condition::disabled).containsExactly(true, false);
    }

    @Test
    void independentCombinatorsBindAndBeforeOr() {
        ImportedRule imported = read("""
                {"rules":[{"id":"a","field":"age","operator":">","value":1},"and",
                          {"id":"b","field":"age","operator":"<","value":9},"or",
                          {"id":"c","field":"name","operator":"=","value":"x"},"AND",
                          {"id":"d","rules":[{"id":"e","field":"vip","operator":"=","value":true},"or",
                                             {"id":"f","field":"vip","operator":"null","value":null}]}]}
                """);
        Group root = (Group) imported.rule();
        assertThat(root.combinator()).isEqualTo(Combinator.OR);
        assertThat(root.children()).hasSize(2);
        Group first = (Group) root.children().get(0);
        assertThat(first.combinator()).isEqualTo(Combinator.AND);
        assertThat(first.children()).extracting(Condition::id).containsExactly("a", "b");
        Group second = (Group) root.children().get(1);
        assertThat(second.children()).extracting(Condition::id).containsExactly("c", "d");
        Group nested = (Group) second.children().get(1);
        assertThat(nested.combinator()).isEqualTo(Combinator.OR);
        assertThat(imported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("$");
            assertThat(w.message()).contains("AND before OR");
        });
        Group onlyAnd = (Group) read("{\"rules\":[{\"field\":\"age\",\"operator\":\">\",\"value\":1},\"and\","
                + "{\"field\":\"age\",\"operator\":\"<\",\"value\":9}]}").rule();
        assertThat(onlyAnd.combinator()).isEqualTo(Combinator.AND);
        assertThat(onlyAnd.children()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON|{|$|not valid JSON",
        "no rules|{\"combinator\":\"and\"}|$|an object with \"rules\"",
        "unknown field|{\"combinator\":\"and\",\"rules\":[{\"field\":\"zip\",\"operator\":\"=\",\"value\":1}]}|$.rules[0].field|unknown attribute 'zip'",
        "unknown operator|{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\"like\",\"value\":1}]}|$.rules[0].operator|unknown operator 'like'",
        "operator not for type|{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\"contains\",\"value\":1}]}|$.rules[0].operator|'contains' does not apply to 'age' (integer)",
        "xor|{\"combinator\":\"xor\",\"rules\":[]}|$.combinator|xor has no equivalent",
        "nested path|{\"combinator\":\"and\",\"rules\":[{\"combinator\":\"or\",\"rules\":[{\"field\":\"age\",\"operator\":\"=\",\"value\":\"x\"}]}]}|$.rules[0].rules[0].value|\"x\" is not a whole number",
        "not a decimal|{\"combinator\":\"and\",\"rules\":[{\"field\":\"balance\",\"operator\":\"=\",\"value\":true}]}|$.rules[0].value|the boolean true is not a decimal",
        "not a date|{\"combinator\":\"and\",\"rules\":[{\"field\":\"birthday\",\"operator\":\"=\",\"value\":\"May 1\"}]}|$.rules[0].value|is not a date",
        "between with three|{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\"between\",\"value\":\"1,2,3\"}]}|$.rules[0].value|exactly two values",
        "empty in|{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\"in\",\"value\":\"\"}]}|$.rules[0].value|at least one value",
        "list not a list|{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\"in\",\"value\":5}]}|$.rules[0].value|comma-separated string",
        "array for single|{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\"=\",\"value\":[1]}]}|$.rules[0].value|expected a string, number or boolean",
        "field source|{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\"=\",\"value\":\"balance\",\"valueSource\":\"field\"}]}|$.rules[0].valueSource|comparing with another field",
        "neither rule nor group|{\"combinator\":\"and\",\"rules\":[{\"x\":1}]}|$.rules[0]|expected a rule",
        "duplicate id|{\"combinator\":\"and\",\"rules\":[{\"id\":\"a\",\"field\":\"age\",\"operator\":\"null\"},{\"id\":\"a\",\"field\":\"age\",\"operator\":\"null\"}]}|$.rules[1].id|used twice",
        "missing operator|{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\"}]}|$.rules[0].operator|expected a non-empty string",
        "not flag|{\"combinator\":\"and\",\"not\":\"yes\",\"rules\":[]}|$.not|expected true or false",
        "IC bad combinator|{\"rules\":[{\"field\":\"age\",\"operator\":\"null\"},\"nand\",{\"field\":\"age\",\"operator\":\"null\"}]}|$.rules[1]|unknown combinator",
        "IC two rules in a row|{\"rules\":[{\"field\":\"age\",\"operator\":\"null\"},\"and\",\"or\"]}|$.rules[2]|found the combinator",
        "IC trailing combinator|{\"rules\":[{\"field\":\"age\",\"operator\":\"null\"},\"and\"]}|$.rules[1]|not at the end",
        "IC missing combinator|{\"rules\":[{\"field\":\"age\",\"operator\":\"null\"},\"and\",{\"field\":\"age\",\"operator\":\"null\"},{\"field\":\"age\",\"operator\":\"null\"}]}|$.rules[3]|expected the combinator"})
    void errorsNameThePath(String what, String json, String path, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(RuleFormatException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getMessage()).startsWith(path + ": ").contains(message);
        });
    }
}
