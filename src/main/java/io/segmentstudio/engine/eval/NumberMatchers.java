package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** Positive operators on integer and decimal attributes; exact, so 19.90 = 19.9 and 3 = 3.0. */
final class NumberMatchers {
    ValueMatcher create(Operator positive, Operand operand) {
        return switch (positive) {
            case EQUALS -> ordered(operand, "equal to ", c -> c == 0);
            case LESS_THAN -> ordered(operand, "< ", c -> c < 0);
            case LESS_OR_EQUAL -> ordered(operand, "≤ ", c -> c <= 0);
            case GREATER_THAN -> ordered(operand, "> ", c -> c > 0);
            case GREATER_OR_EQUAL -> ordered(operand, "≥ ", c -> c >= 0);
            case BETWEEN -> {
                Operand.Range range = (Operand.Range) operand;
                NumberOperand low = NumberOperand.of(range.low());
                NumberOperand high = NumberOperand.of(range.high());
                yield ValueMatcher.present("in [" + low.value().toPlainString() + ", " + high.value().toPlainString() + "]",
                        value -> low.compareFrom(value) >= 0 && high.compareFrom(value) <= 0);
            }
            case IN -> {
                NumberSet set = new NumberSet(((Operand.ValueList) operand));
                yield ValueMatcher.present("one of " + set.describe(), set::contains);
            }
            default -> throw new IllegalArgumentException("operator '" + positive.key() + "' does not apply to numbers");
        };
    }

    private interface Outcome {
        boolean of(int comparison);
    }

    private static ValueMatcher ordered(Operand operand, String label, Outcome outcome) {
        NumberOperand target = NumberOperand.of(((Operand.Single) operand).value());
        return ValueMatcher.present(label + target.value().toPlainString(),
                value -> outcome.of(target.compareFrom(value)));
    }

    /**
     * The values of an IN list, hashed by numeric value: whole numbers as longs (so Long attributes
     * look up without allocating), every value also with trailing zeros stripped (so 2.50 finds 2.5).
     */
    private static final class NumberSet {
        private final Set<Long> wholes = new HashSet<>();
        private final Set<BigDecimal> decimals = new HashSet<>();
        private final Set<String> shown = new LinkedHashSet<>();

        NumberSet(Operand.ValueList list) {
            for (Value value : list.values()) {
                NumberOperand number = NumberOperand.of(value);
                if (number.isWhole()) {
                    wholes.add(number.longValue());
                }
                decimals.add(number.value().stripTrailingZeros());
                shown.add(number.value().toPlainString());
            }
        }

        boolean contains(Object value) {
            if (value instanceof Long l) {
                return wholes.contains(l);
            }
            return decimals.contains(NumberOperand.toDecimal(value).stripTrailingZeros());
        }

        String describe() {
            return "{" + String.join(", ", shown) + "}";
        }
    }
}
