package io.segmentstudio.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.diff.ChangedField;
import io.segmentstudio.engine.diff.RuleDiff;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two versions drawn as one tree: the newer order, removed nodes back where they stood, marks per node. */
class MergedDiffTest {
    private static Predicate above(String id, String attribute, int value) {
        return new Predicate(id, attribute, Operator.GREATER_THAN, new Operand.Single(new Value.Dec(BigDecimal.valueOf(value))));
    }

    private static Predicate city(String id, String city) {
        return new Predicate(id, "city", Operator.EQUALS, new Operand.Single(new Value.Text(city)));
    }

    private static List<DiffRow> rows(Condition older, Condition newer) {
        return MergedDiff.rows(older, newer, RuleDiff.between(older, newer));
    }

    @Test
    void aChangedValueAnAddedAndARemovedConditionAreMarkedInOneTree() {
        Group older = Group.and("root", List.of(above("a", "aov", 200), city("b", "Berlin"), above("c", "age", 30)));
        Group newer = Group.and("root", List.of(above("a", "aov", 300), above("c", "age", 30), city("d", "Hamburg")));

        List<DiffRow> rows = rows(older, newer);

        assertThat(rows).extracting(DiffRow::nodeId).containsExactly("root", "a", "b", "c", "d");
        assertThat(rows).extracting(DiffRow::mark).containsExactly(DiffRow.Mark.SAME, DiffRow.Mark.CHANGED,
                DiffRow.Mark.REMOVED, DiffRow.Mark.SAME, DiffRow.Mark.ADDED);
        assertThat(rows).extracting(DiffRow::depth).containsExactly(0, 1, 1, 1, 1);
        assertThat(rows.get(0).text()).isEqualTo("all of these");
        assertThat(rows.get(1).text()).isEqualTo("aov > 300");
        assertThat(rows.get(1).fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo(ChangedField.VALUE);
            assertThat(field.before() + " → " + field.after()).isEqualTo("200 → 300");
        });
        assertThat(rows.get(2).text()).as("removed rows read as they were").contains("Berlin");
        assertThat(MergedDiff.summary(rows)).isEqualTo("1 added · 1 removed · 1 changed");
    }

    @Test
    void aRemovedGroupShowsItsSubtreeButNotTheChildThatMovedOut() {
        Group inner = Group.or("g", List.of(city("b", "Berlin"), city("c", "Hamburg")));
        Group older = Group.and("root", List.of(above("a", "aov", 200), inner));
        Group newer = Group.and("root", List.of(city("c", "Hamburg"), above("a", "aov", 200)));

        List<DiffRow> rows = rows(older, newer);

        assertThat(rows).extracting(DiffRow::nodeId).containsExactly("root", "c", "a", "g", "b");
        DiffRow moved = rows.get(1);
        assertThat(moved.mark()).isEqualTo(DiffRow.Mark.MOVED);
        assertThat(moved.moved()).isEqualTo("moved here from the “any of these” group");
        assertThat(rows.get(3).mark()).isEqualTo(DiffRow.Mark.REMOVED);
        assertThat(rows.get(4).mark()).isEqualTo(DiffRow.Mark.REMOVED);
        assertThat(rows.get(4).depth()).as("inside the removed group").isEqualTo(2);
    }

    @Test
    void aReorderMarksTheMovedNodeWithItsPositions() {
        Group older = Group.and("root", List.of(above("a", "aov", 1), above("b", "age", 2), above("c", "orders", 3)));
        Group newer = Group.and("root", List.of(above("c", "orders", 3), above("a", "aov", 1), above("b", "age", 2)));

        List<DiffRow> rows = rows(older, newer);

        assertThat(rows).filteredOn(row -> row.mark() == DiffRow.Mark.MOVED).singleElement()
                .satisfies(row -> assertThat(row.moved()).isEqualTo("moved from position 3 to 1"));
        assertThat(MergedDiff.summary(rows)).isEqualTo("1 moved");
    }

    @Test
    void anOperatorChangeReadsAsTheBuilderShowsOperators() {
        Group older = Group.and("root", List.of(above("a", "aov", 200)));
        Group newer = Group.and("root", List.of(new Predicate("a", "aov", Operator.GREATER_OR_EQUAL,
                new Operand.Single(new Value.Dec(BigDecimal.valueOf(200))))));

        assertThat(rows(older, newer).get(1).fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo(ChangedField.OPERATOR);
            assertThat(field.before() + " → " + field.after()).isEqualTo("> → ≥");
        });
    }

    @Test
    void identicalRulesHaveOnlyUnchangedRowsAndNoSummary() {
        Group rule = Group.and("root", List.of(above("a", "aov", 200)));

        List<DiffRow> rows = rows(rule, rule);

        assertThat(rows).extracting(DiffRow::mark).containsOnly(DiffRow.Mark.SAME);
        assertThat(MergedDiff.summary(rows)).isEmpty();
    }
}
