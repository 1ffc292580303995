package io.segmentstudio.engine.format.sql;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlWhereReaderTest {
    static final RuleSchema SCHEMA = FormatSchemas.EVERY_TYPE;
    private final SqlWhereReader reader = new SqlWhereReader();

    private ImportedRule read(String sql) {
        return reader.read(sql, SCHEMA);
    }

    private Predicate predicate(String sql) {
        return (Predicate) read(sql).rule();
    }

    private static Operand one(Object raw) {
        return new Operand.Single(Value.of(raw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "name = 'de'|name|EQUALS",
        "age < 3|age|LESS_THAN",
        "age <= 3|age|LESS_OR_EQUAL",
        "3 < age|age|GREATER_THAN",
        "age >= 3|age|GREATER_OR_EQUAL",
        "balance IN (1, 2.5)|balance|IN",
        "age BETWEEN 1 AND 5|age|BETWEEN",
        "name LIKE '%x%'|name|CONTAINS",
        "name LIKE 'x%'|name|STARTS_WITH",
        "name LIKE '%x'|name|ENDS_WITH",
        "name LIKE 'x'|name|EQUALS",
        "tags IS NULL|tags|IS_NULL",
        "last_seen IS NOT NULL|last_seen|IS_NOT_NULL",
        "vip|vip|EQUALS",
        "vip IS TRUE|vip|IS_TRUE",
        "birthday < DATE '2024-01-01'|birthday|BEFORE",
        "birthday > '2024-01-01'|birthday|AFTER",
        "p.\"a_age\" = 5|age|EQUALS",
        "A_AGE = 5|age|EQUALS",
        "WHERE age = 5|age|EQUALS"})
    void readsEveryComparison(String sql, String attribute, Operator operator) {
        Predicate predicate = predicate(sql);
        assertThat(predicate.attribute()).isEqualTo(attribute);
        assertThat(predicate.operator()).isEqualTo(operator);
    }

    @Test
    void plainSqlStringsCompareExactlyAndIlikeIgnoresCase() {
        assertThat(predicate("name = 'De'").text()).isEqualTo(TextOptions.EXACT);
        assertThat(predicate("name LIKE 'a\\%b' ESCAPE '\\'").operand()).isEqualTo(one("a%b"));
        Predicate ilike = predicate("name ILIKE '%Berlin'");
        assertThat(ilike.operator()).isEqualTo(Operator.ENDS_WITH);
        assertThat(ilike.text()).isEqualTo(new TextOptions(false, false));
        assertThat(predicate("name = 'it''s'").operand()).isEqualTo(one("it's"));
        assertThat(predicate("name = ' \\''\n; '").operand()).isEqualTo(one(" \\'\n; "));
    }

    @Test
    void numbersAndDatesAreExact() {
        assertThat(predicate("balance = 19.90").operand()).isEqualTo(one(new BigDecimal("19.9")));
        assertThat(predicate("balance > -5").operand()).isEqualTo(one(-5L));
        assertThat(predicate("balance = 9200000000000000000.000001").operand())
                .isEqualTo(one(new BigDecimal("9200000000000000000.000001")));
        assertThat(predicate("birthday <= DATE '2024-02-28'").operand()).isEqualTo(one(LocalDate.of(2024, 2, 29)));
        assertThat(predicate("birthday >= '2024-03-01'").operand()).isEqualTo(one(LocalDate.of(2024, 2, 29)));
        assertThat(predicate("birthday BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'").operand())
                .isEqualTo(new Operand.Range(Value.of(LocalDate.of(2024, 1, 1)), Value.of(LocalDate.of(2024, 12, 31))));
    }

    @Test
    void keepsSqlsMeaningOfNegationsOnMissingValues() {
        ImportedRule imported = read("name <> 'x'");
        Group group = (Group) imported.rule();
        assertThat(group.combinator()).isEqualTo(Combinator.AND);
        assertThat(group.children()).extracting(c -> ((Predicate) c).operator())
                .containsExactly(Operator.NOT_EQUALS, Operator.IS_NOT_NULL);
        assertThat(imported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("offset 0");
            assertThat(w.message()).contains("missing");
        });
        assertThat(predicate("NOT (age < 5)").operator()).isEqualTo(Operator.GREATER_OR_EQUAL);
        Predicate notBefore = predicate("NOT birthday < DATE '2024-03-01'");
        assertThat(notBefore.operator()).isEqualTo(Operator.AFTER);
        assertThat(notBefore.operand()).isEqualTo(one(LocalDate.of(2024, 2, 29)));
        Group deMorgan = (Group) read("NOT (age = 1 OR name IS NULL)").rule();
        assertThat(deMorgan.combinator()).isEqualTo(Combinator.AND);
        assertThat(deMorgan.negated()).isFalse();
        assertThat(((Predicate) deMorgan.children().get(1)).operator()).isEqualTo(Operator.IS_NOT_NULL);
        assertThat(predicate("NOT (name IS NULL)").operator()).isEqualTo(Operator.IS_NOT_NULL);
        assertThat(read("age NOT IN (1, 2) OR age IS NULL").rule()).isInstanceOf(Group.class);
    }

    @Test
    void readsSegmentStudiosOwnExportBack() {
        Predicate contains = predicate("COALESCE(POSITION(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM 'x'), 'İΣIJĮÌÍĨ',"
                + " 'iσijįìíĩ')) IN LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p.\"a_name\"), 'İΣIJĮÌÍĨ', 'iσijįìíĩ'))) > 0, FALSE)");
        assertThat(contains.operator()).isEqualTo(Operator.CONTAINS);
        assertThat(contains.text()).isEqualTo(TextOptions.DEFAULT);
        Predicate starts = predicate("NOT (COALESCE(LEFT(TRIM(BOTH ' ' FROM p.\"a_name\"), LENGTH(TRIM(BOTH ' ' FROM"
                + " 'a'))) = TRIM(BOTH ' ' FROM 'a'), FALSE))");
        assertThat(starts.operator()).isEqualTo(Operator.NOT_STARTS_WITH);
        assertThat(starts.text()).isEqualTo(new TextOptions(true, true));
        Predicate ends = predicate("COALESCE(RIGHT(p.\"a_name\", LENGTH('a')) = 'a', FALSE)");
        assertThat(ends.operator()).isEqualTo(Operator.ENDS_WITH);
        assertThat(predicate("NOT (COALESCE(p.\"a_age\" IN (1, 2), FALSE))").operator()).isEqualTo(Operator.NOT_IN);
        Condition negatedLess = read("NOT (COALESCE(p.\"a_age\" < 5, FALSE))").rule();
        assertThat(negatedLess).isInstanceOfSatisfying(Group.class, g -> assertThat(g.negated()).isTrue());
        assertThat(read("TRUE").rule()).isEqualTo(Group.and("n1", List.of()));
        assertThat(read("a > 1 AND (b < 2 AND c = 3)".replace("a", "age").replace("b <", "age <").replace("c =",
                "age =")).rule()).isInstanceOfSatisfying(Group.class, g -> assertThat(g.children()).hasSize(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "age = = 1|offset 6|not a SQL condition",
        "WHERE|offset 0|empty WHERE clause",
        "zip = 1|offset 0|`zip`: unknown column",
        "UPPER(name) = 'X'|offset 0|the function UPPER is not supported",
        "age IN (SELECT 1)|offset 7|subqueries are not supported",
        "age = balance|offset 0|comparing two columns",
        "name LIKE 'a%b'|offset 0|a % inside the pattern",
        "name LIKE 'a_'|offset 0|single-character wildcard",
        "name < 'x'|offset 0|cannot be ordered",
        "age = 'x'|offset 6|not a integer literal",
        "age = NULL|offset 6|use IS NULL",
        "last_seen > DATE '2024-01-01'|offset 0|timestamps are compared by calendar day",
        "age > 1 AND x.y.name = 'a'|offset 12|at most one alias",
        "name LIKE name|offset 0|string literal pattern",
        "age = 1 AND 'yes'|offset 12|a constant condition",
        "age SIMILAR TO 'x'|offset 0|SIMILAR_TO is not supported",
        "tags = 'a'|offset 0|cannot be compared this way"})
    void errorsQuoteTheFragmentAndItsOffset(String sql, String path, String message) {
        assertThatThrownBy(() -> read(sql)).isInstanceOfSatisfying(RuleFormatException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getMessage()).startsWith(path + ": ").contains(message);
        });
    }
}
