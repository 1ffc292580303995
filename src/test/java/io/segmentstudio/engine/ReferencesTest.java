package io.segmentstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferencesTest {
    private static final Condition VIP = new Predicate("v1", "vip", Operator.IS_TRUE, Operand.NONE);
    private static final Condition LAPSED_VIP = Group.and("l1", List.of(new SegmentRef("l2", "VIP", true, false)));
    private static final Condition WIN_BACK = Group.or("w1", List.of(new SegmentRef("w2", "Lapsed VIP", true, false)));
    private static final Condition OTHER = new Predicate("o1", "age", Operator.IS_NULL, Operand.NONE);

    @Test
    void dependentsAreFoundDirectlyAndTransitively() {
        SegmentDependencies dependencies = new SegmentDependencies(Map.of("VIP", VIP, "Lapsed VIP", LAPSED_VIP,
                "Win back", WIN_BACK, "Other", OTHER));
        assertThat(dependencies.dependents("VIP")).containsExactly("Lapsed VIP", "Win back");
        assertThat(dependencies.dependents("Lapsed VIP")).containsExactly("Win back");
        assertThat(dependencies.dependents("Other")).isEmpty();
    }

    @Test
    void expansionInlinesReferencesAndNegatesNonMembership() {
        Condition rule = new SegmentRef("r", "VIP", false, false);
        Condition expanded = new ReferenceExpander(SegmentResolver.of(Map.of("VIP", VIP))).expand(rule);
        assertThat(expanded).isEqualTo(new Group("r", io.segmentstudio.domain.rule.Combinator.AND, true, false,
                List.of(VIP)));
    }

    @Test
    void aDisabledRootMatchesEveryoneAndDisabledChildrenDisappear() {
        ReferenceExpander expander = new ReferenceExpander(SegmentResolver.NONE);
        assertThat(expander.expand(((Predicate) VIP).withDisabled(true))).isEqualTo(Group.and("v1", List.of()));
        Condition rule = Group.and("g", List.of(VIP, ((Predicate) OTHER).withDisabled(true)));
        assertThat(expander.expand(rule)).isEqualTo(Group.and("g", List.of(VIP)));
    }

    @Test
    void aReferenceToASegmentWithoutConditionsIsRefused() {
        ReferenceExpander expander = new ReferenceExpander(SegmentResolver.of(Map.of("Empty", Group.and("e", List.of()))));
        assertThatThrownBy(() -> expander.expand(new SegmentRef("r", "Empty", true, false)))
                .isInstanceOf(RuleException.class).hasMessageContaining("has no enabled condition");
    }
}
