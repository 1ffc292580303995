package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Positive operators on string lists. Elements are compared whole (an element equals an operand
 * value, never merely contains it), in the predicate's text form like any other string.
 */
final class StringListMatchers {
    private final Display display;

    StringListMatchers(Display display) {
        this.display = display;
    }

    ValueMatcher create(Operator positive, Operand operand, TextForm form) {
        Set<String> targets = TextMatchers.compared(((Operand.ValueList) operand).values(), form);
        String options = " (" + form.describe() + ")";
        return switch (positive) {
            case CONTAINS_ANY -> ValueMatcher.present("containing any of " + display.values(targets) + options,
                    value -> containsAny((List<?>) value, targets, form));
            case CONTAINS_ALL -> ValueMatcher.present("containing all of " + display.values(targets) + options,
                    value -> elements((List<?>) value, form).containsAll(targets));
            default -> throw new IllegalArgumentException("operator '" + positive.key()
                    + "' does not apply to a string list");
        };
    }

    private static boolean containsAny(List<?> list, Set<String> targets, TextForm form) {
        for (Object element : list) {
            if (element != null && targets.contains(form.apply((String) element))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> elements(List<?> list, TextForm form) {
        Set<String> compared = new HashSet<>();
        for (Object element : list) {
            if (element != null) {
                compared.add(form.apply((String) element));
            }
        }
        return compared;
    }
}
