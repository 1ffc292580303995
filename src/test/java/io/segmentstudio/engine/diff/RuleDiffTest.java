package io.segmentstudio.engine.diff;

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
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.format.NativeRuleJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleDiffTest {
    private static final Predicate AOV = new Predicate("aov", "aov", Operator.GREATER_THAN,
            new Operand.Single(new Value.Dec(new BigDecimal("200"))));
    private static final Predicate COUNTRY = new Predicate("country", "country", Operator.EQUALS,
            new Operand.Single(new Value.Text("DE")));
    private static final EventCondition PURCHASES = new EventCondition("buys", "purchase", List.of(
            new Predicate("big", "amount", Operator.GREATER_THAN, new Operand.Single(new Value.Int(50)))),
            TimeWindow.EVER, Comparison.atLeast(1), Optional.empty(), false);

    private static Group root(Condition... children) {
        return Group.and("root", List.of(children));
    }

    @Test
    void reportsWhichFieldsChangedWithTheirValues() {
        Predicate stricter = new Predicate("aov", "aov", Operator.GREATER_OR_EQUAL,
                new Operand.Single(new Value.Dec(new BigDecimal("250"))));

        RuleDiff diff = RuleDiff.between(root(AOV, COUNTRY), root(stricter, COUNTRY));

        NodeChange change = diff.change("aov").orElseThrow();
        assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(change.fields()).containsExactly(
                new FieldChange(ChangedField.OPERATOR, "greater_than", "greater_or_equal"),
                new FieldChange(ChangedField.VALUE, "200", "250"));
        assertThat(change.before()).isEqualTo(AOV);
        assertThat(change.after()).isEqualTo(stricter);
        assertThat(diff.change("country")).isEmpty();
        assertThat(diff.changes()).hasSize(1);
    }

    @Test
    void anInsertedSiblingIsAddedAndMovesNobody() {
        RuleDiff diff = RuleDiff.between(root(AOV, COUNTRY), root(PURCHASES, AOV, COUNTRY));

        assertThat(diff.changes()).extracting(NodeChange::nodeId, NodeChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("buys", ChangeKind.ADDED),
                org.assertj.core.groups.Tuple.tuple("big", ChangeKind.ADDED));
        assertThat(diff.change("buys").orElseThrow().placeAfter()).isEqualTo(new NodePlace("root", 0));
        assertThat(diff.change("big").orElseThrow().placeAfter()).isEqualTo(new NodePlace("buys", 0));
    }

    @Test
    void removingAGroupRemovesItsSubtreeButANodeMovedOutIsChanged() {
        Group inner = new Group("inner", Combinator.OR, false, false, List.of(AOV, COUNTRY));
        RuleDiff diff = RuleDiff.between(root(inner), root(COUNTRY));

        assertThat(diff.of(ChangeKind.REMOVED)).extracting(NodeChange::nodeId).containsExactly("inner", "aov");
        NodeChange moved = diff.change("country").orElseThrow();
        assertThat(moved.changedFields()).containsExactly(ChangedField.PARENT);
        assertThat(moved.moved()).isTrue();
        assertThat(moved.fields().get(0)).isEqualTo(new FieldChange(ChangedField.PARENT, "inner #2", "root #1"));
    }

    @Test
    void groupEventAndReferenceFieldsAreCompared() {
        Group before = new Group("root", Combinator.AND, false, false, List.of(PURCHASES,
                new SegmentRef("vip", "VIP", true, false)));
        EventCondition changedEvent = new EventCondition("buys", "order", PURCHASES.filters(),
                new TimeWindow.Last(30, io.segmentstudio.domain.rule.TimeUnit.DAYS),
                new Comparison(Comparison.Op.AT_LEAST, new BigDecimal("1.0"), null),
                Optional.of(new EventCondition.Aggregate(EventCondition.Function.SUM, "amount", Comparison.atLeast(500))),
                true);
        Group after = new Group("root", Combinator.OR, true, false, List.of(changedEvent,
                new SegmentRef("vip", "VIP customers", false, false)));

        RuleDiff diff = RuleDiff.between(before, after);

        assertThat(diff.change("root").orElseThrow().changedFields())
                .containsExactly(ChangedField.COMBINATOR, ChangedField.NEGATION);
        assertThat(diff.change("buys").orElseThrow().fields()).as("1.0 is the same count as 1").containsExactly(
                new FieldChange(ChangedField.DISABLED, "enabled", "disabled"),
                new FieldChange(ChangedField.EVENT_TYPE, "purchase", "order"),
                new FieldChange(ChangedField.WINDOW, "ever", "in the last 30 days"),
                new FieldChange(ChangedField.AGGREGATE, "none", "sum of amount at least 500"));
        assertThat(diff.change("vip").orElseThrow().fields()).containsExactly(
                new FieldChange(ChangedField.NEGATION, "member", "not member"),
                new FieldChange(ChangedField.SEGMENT, "VIP", "VIP customers"));
        assertThat(diff.change("big")).as("filters are nodes of their own").isEmpty();
    }

    @Test
    void aNodeThatBecameAnotherKindReportsItsKind() {
        Group regrouped = Group.or("aov", List.of(COUNTRY));
        RuleDiff diff = RuleDiff.between(root(AOV, COUNTRY), root(regrouped));
        assertThat(diff.change("aov").orElseThrow().fields())
                .containsExactly(new FieldChange(ChangedField.KIND, "predicate", "group"));
        assertThat(diff.change("country").orElseThrow().changedFields()).containsExactly(ChangedField.PARENT);
    }

    @Test
    void decimalsAreComparedByValueAndReformattedJsonChangesNothing() {
        Predicate sameValue = new Predicate("aov", "aov", Operator.GREATER_THAN,
                new Operand.Single(new Value.Dec(new BigDecimal("200.00"))));
        assertThat(RuleDiff.between(root(AOV), root(sameValue)).isEmpty()).isTrue();

        NativeRuleJson json = new NativeRuleJson();
        RuleSchema schema = new RuleSchema(Map.of(), Map.of());
        Condition compact = json.readRule("""
                {"rule":{"type":"group","id":"r","children":[{"id":"a","attribute":"aov","operator":"greater_than","value":200}]}}""",
                schema);
        Condition pretty = json.readRule(json.write(io.segmentstudio.domain.rule.SegmentDefinition.of(compact)), schema);
        assertThat(RuleDiff.between(compact, pretty).isEmpty()).isTrue();
    }

    @Test
    void aTreeThatUsesAnIdTwiceCannotBeDiffed() {
        assertThatThrownBy(() -> RuleDiff.between(root(AOV, AOV), root(AOV)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'aov' twice");
    }

    @Test
    void rendersOneLinePerChangedNode() {
        Predicate stricter = new Predicate("aov", "aov", Operator.GREATER_THAN,
                new Operand.Single(new Value.Dec(new BigDecimal("250"))));
        String text = new DiffRenderer().render(RuleDiff.between(root(AOV, PURCHASES), root(stricter, COUNTRY)));
        assertThat(text).isEqualTo("""
                ~ aov aov > 250: value 200 → 250
                + country country = "DE" (in root #2)
                - buys purchase events at least 1 ever (was in root #2)
                - big amount > 50 (was in buys #1)
                """);
        assertThat(new DiffRenderer().render(RuleDiff.between(AOV, AOV))).isEqualTo("no changes\n");
    }
}
