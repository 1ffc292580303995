package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.engine.CalendarRanges;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Compiles one operator and operand for a value of a known type. Only positive operators are compiled
 * per family; each negative one is the negation of its positive, so the complement laws of
 * semantics.md hold by construction rather than by care in every family.
 */
final class ValueMatchers {
    private final TextMatchers texts;
    private final StringListMatchers lists;
    private final NumberMatchers numbers = new NumberMatchers();
    private final BooleanMatchers booleans = new BooleanMatchers();
    private final TemporalMatchers temporals;

    ValueMatchers(CalendarRanges ranges, Display display) {
        this.texts = new TextMatchers(display);
        this.lists = new StringListMatchers(display);
        this.temporals = new TemporalMatchers(ranges, display);
    }

    /** @throws IllegalArgumentException when the operator or operand does not fit the type */
    ValueMatcher create(AttributeType type, Operator operator, Operand operand, TextOptions options) {
        if (!operator.appliesTo(type)) {
            throw new IllegalArgumentException("operator '" + operator.key() + "' does not apply to "
                    + type.label() + " values");
        }
        if (operand.kind() != operator.operand()) {
            throw new IllegalArgumentException("operator '" + operator.key() + "' takes a "
                    + operator.operand().name().toLowerCase(Locale.ROOT) + " operand, found "
                    + operand.kind().name().toLowerCase(Locale.ROOT));
        }
        Operator positive = operator.complementOf().orElse(operator);
        ValueMatcher matcher = positive(type, positive, operand, TextForm.of(options));
        return operator.isNegative() ? matcher.negate() : matcher;
    }

    private ValueMatcher positive(AttributeType type, Operator positive, Operand operand, TextForm form) {
        if (positive == Operator.IS_NULL) {
            return new ValueMatcher("missing", Objects::isNull);
        } else if (positive == Operator.IS_EMPTY) {
            return type == AttributeType.STRING_LIST
                    ? new ValueMatcher("empty (missing or no elements)", value -> value == null || ((List<?>) value).isEmpty())
                    : new ValueMatcher("empty (missing or only spaces)", value -> value == null || TextForm.isBlank((String) value));
        }
        return switch (type) {
            case STRING -> texts.create(positive, operand, form);
            case STRING_LIST -> lists.create(positive, operand);
            case INTEGER, DECIMAL -> numbers.create(positive, operand);
            case BOOLEAN -> booleans.create(positive, operand);
            case DATE, TIMESTAMP -> temporals.create(type, positive, operand);
        };
    }
}
