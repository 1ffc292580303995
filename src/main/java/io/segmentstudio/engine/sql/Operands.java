package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.RuleException;
import java.util.List;

/** The operand of a predicate in the shape its operator takes (checked by {@link PredicateSql} first). */
final class Operands {
    private Operands() {
    }

    static Value single(Predicate predicate) {
        return ((Operand.Single) predicate.operand()).value();
    }

    static Operand.Range range(Predicate predicate) {
        return (Operand.Range) predicate.operand();
    }

    /** The values of a list operand; an empty list has no SQL form ({@code IN ()} is a syntax error). */
    static List<Value> list(Predicate predicate) {
        List<Value> values = ((Operand.ValueList) predicate.operand()).values();
        if (values.isEmpty()) {
            throw new RuleException(predicate.id(), "operator '" + predicate.operator().key()
                    + "' needs at least one value");
        }
        return values;
    }
}
