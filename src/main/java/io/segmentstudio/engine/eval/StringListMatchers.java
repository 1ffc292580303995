package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Positive operators on string lists. Elements are compared whole and exactly: an element equals an
 * operand value, with no case folding or trimming whatever the text options (semantics.md).
 */
final class StringListMatchers {
    private final Display display;

    StringListMatchers(Display display) {
        this.display = display;
    }

    private static final TextForm EXACT = new TextForm(true, false);

    ValueMatcher create(Operator positive, Operand operand) {
        TextForm form = EXACT;
        Set<String> targets = TextMatchers.compared(((Operand.ValueList) operand).values(), form);
        return switch (positive) {
            case CONTAINS_ANY -> ValueMatcher.present("containing any of " + display.values(targets),
                    value -> containsAny((List<?>) value, targets, form));
            case CONTAINS_ALL -> ValueMatcher.present("containing all of " + display.values(targets),
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
