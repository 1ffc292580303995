package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Value;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Positive operators on string attributes, with the operand brought to its compared form once. */
final class TextMatchers {
    private final Display display;

    TextMatchers(Display display) {
        this.display = display;
    }

    ValueMatcher create(Operator positive, Operand operand, TextForm form) {
        String options = " (" + form.describe() + ")";
        return switch (positive) {
            case EQUALS -> {
                String target = form.apply(single(operand));
                yield ValueMatcher.present("equal to " + display.value(target) + options,
                        value -> target.equals(form.apply((String) value)));
            }
            case IN -> {
                Set<String> targets = compared(((Operand.ValueList) operand).values(), form);
                yield ValueMatcher.present("one of " + display.values(targets) + options,
                        value -> targets.contains(form.apply((String) value)));
            }
            // String.contains/startsWith/endsWith are literal: % _ \ have no special meaning.
            case CONTAINS -> {
                String target = form.apply(single(operand));
                yield ValueMatcher.present("containing " + display.value(target) + options,
                        value -> form.apply((String) value).contains(target));
            }
            case STARTS_WITH -> {
                String target = form.apply(single(operand));
                yield ValueMatcher.present("starting with " + display.value(target) + options,
                        value -> form.apply((String) value).startsWith(target));
            }
            case ENDS_WITH -> {
                String target = form.apply(single(operand));
                yield ValueMatcher.present("ending with " + display.value(target) + options,
                        value -> form.apply((String) value).endsWith(target));
            }
            case MATCHES_REGEX -> regex(single(operand), form, options);
            default -> throw new IllegalArgumentException("operator '" + positive.key() + "' does not apply to text");
        };
    }

    /**
     * The pattern itself is neither trimmed nor lower-cased (it is not text to compare); the value is
     * trimmed per the options and case is ignored through the pattern flags. A match anywhere counts.
     */
    private ValueMatcher regex(String source, TextForm form, String options) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(source, form.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression: " + e.getDescription() + " near index "
                    + e.getIndex() + " of /" + source + "/");
        }
        return ValueMatcher.present("matching /" + source + "/" + options,
                value -> pattern.matcher(form.trimOnly((String) value)).find());
    }

    static Set<String> compared(List<Value> values, TextForm form) {
        Set<String> targets = new LinkedHashSet<>();
        values.forEach(v -> targets.add(form.apply(text(v))));
        return targets;
    }

    private static String single(Operand operand) {
        return text(((Operand.Single) operand).value());
    }

    private static String text(Value value) {
        if (value instanceof Value.Text text) {
            return text.value();
        }
        throw new IllegalArgumentException("expected a text value, found " + value.raw());
    }
}
