package io.segmentstudio.engine.format.rqb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.RuleFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RqbWriterTest {
    private final RqbWriter writer = new RqbWriter();
    private final RqbReader reader = new RqbReader();

    private static Predicate predicate(String id, String attribute, Operator operator, Operand operand) {
        return new Predicate(id, attribute, operator, operand);
    }

    private static Operand one(Object raw) {
        return new Operand.Single(Value.of(raw));
    }

    @Test
    void writesTheStandardShapeWithIdsAndReadsBackTheSameTree() {
        Group tree = new Group("root", Combinator.OR, true, false, List.of(
                predicate("a", "name", Operator.NOT_STARTS_WITH, one("Dr ")),
                new Predicate("b", "name", Operator.IN, new Operand.ValueList(List.of(Value.of("x,y"), Value.of("z"))),
                        TextOptions.EXACT, false),
                Group.and("g", List.of(
                        predicate("c", "balance", Operator.BETWEEN, new Operand.Range(Value.of(new BigDecimal("5")),
                                Value.of(new BigDecimal("7.25")))),
                        predicate("d", "age", Operator.NOT_BETWEEN, new Operand.Range(Value.of(1L), Value.of(5L))),
                        predicate("e", "birthday", Operator.BEFORE, one(LocalDate.of(2000, 2, 29))),
                        predicate("f", "last_seen", Operator.ON, one(LocalDate.of(2024, 1, 1))),
                        predicate("h", "tags", Operator.IS_NOT_NULL, Operand.NONE))),
                Group.or("empty", List.of())));
        ExportedRule exported = writer.write(tree);
        assertThat(exported.text()).contains("\"id\" : \"root\"", "\"combinator\" : \"or\"", "\"not\" : true",
                "\"operator\" : \"doesNotBeginWith\"", "\"operator\" : \"notBetween\"", "5.0", "\"operator\" : \"notNull\"");
        assertThat(exported.warnings()).singleElement().satisfies(w -> assertThat(w.path()).isEqualTo("b"));
        assertThat(reader.read(exported.text(), RqbReaderTest.SCHEMA).rule()).isEqualTo(tree);
    }

    @Test
    void writesSameMeaningOperatorsWithRqbsSpelling() {
        Group tree = Group.and("r", List.of(predicate("a", "vip", Operator.IS_TRUE, Operand.NONE),
                predicate("b", "birthday", Operator.ON, one(LocalDate.of(2024, 1, 1)))));
        Group read = (Group) reader.read(writer.write(tree).text(), RqbReaderTest.SCHEMA).rule();
        assertThat(read.children()).containsExactly(predicate("a", "vip", Operator.EQUALS, one(true)),
                predicate("b", "birthday", Operator.EQUALS, one(LocalDate.of(2024, 1, 1))));
    }

    @Test
    void leavesDisabledNodesOutWithAWarningAndWrapsASingleCondition() {
        Group tree = Group.and("r", List.of(predicate("a", "age", Operator.IS_NULL, Operand.NONE).withDisabled(true),
                predicate("b", "age", Operator.IS_NOT_NULL, Operand.NONE)));
        ExportedRule exported = writer.write(tree);
        assertThat(exported.text()).doesNotContain("\"a\"");
        assertThat(exported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("a");
            assertThat(w.message()).contains("disabled");
        });
        ExportedRule single = writer.write(predicate("p", "age", Operator.IS_NULL, Operand.NONE));
        Group read = (Group) reader.read(single.text(), RqbReaderTest.SCHEMA).rule();
        assertThat(read.children()).containsExactly(predicate("p", "age", Operator.IS_NULL, Operand.NONE));
        assertThat(single.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("wrapped"));
    }

    @Test
    void refusesWhatRqbCannotSayNamingTheNode() {
        List<Condition> refused = List.of(
                predicate("x1", "name", Operator.MATCHES_REGEX, one("^a")),
                predicate("x2", "birthday", Operator.IN_LAST, new Operand.Relative(3, TimeUnit.DAYS)),
                predicate("x3", "birthday", Operator.ANNIVERSARY, new Operand.Relative(0, TimeUnit.DAYS)),
                predicate("x4", "name", Operator.IS_EMPTY, Operand.NONE),
                predicate("x5", "tags", Operator.CONTAINS_ANY, new Operand.ValueList(List.of(Value.of("a")))),
                new EventCondition("x6", "purchase", List.of(), TimeWindow.EVER, Comparison.atLeast(1), Optional.empty(),
                        false),
                new SegmentRef("x7", "VIP", true, false));
        for (Condition condition : refused) {
            assertThatThrownBy(() -> writer.write(Group.and("r", List.of(condition))))
                    .isInstanceOfSatisfying(RuleFormatException.class, e -> {
                        assertThat(e.path()).isEqualTo(condition.id());
                        assertThat(e.getMessage()).contains("react-querybuilder has no");
                    });
        }
    }
}
