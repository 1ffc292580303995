package io.segmentstudio.engine.format.jsonlogic;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * JsonLogic's {@code !} on a condition. Segment negatives are exact complements (semantics.md) and so is
 * JavaScript's {@code !} of a boolean, so {@code !in} becomes not_in, {@code !} of a group a negated
 * group; anything else is wrapped in a negated group.
 */
final class Negation {
    private Negation() {
    }

    static Condition of(Condition condition, ReadContext context) {
        if (condition instanceof Group group) {
            return new Group(group.id(), group.combinator(), !group.negated(), false, group.children());
        } else if (condition instanceof Predicate predicate) {
            Optional<Operator> complement = complement(predicate.operator());
            if (complement.isPresent()) {
                return new Predicate(predicate.id(), predicate.attribute(), complement.get(), predicate.operand(),
                        predicate.text(), false);
            }
        }
        return new Group(context.nextId(), io.segmentstudio.domain.rule.Combinator.AND, true, false, List.of(condition));
    }

    static Optional<Operator> complement(Operator operator) {
        if (operator.isNegative()) {
            return operator.complementOf();
        }
        return Arrays.stream(Operator.values()).filter(op -> op.complementOf().orElse(null) == operator).findFirst();
    }
}
