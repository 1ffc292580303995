package io.segmentstudio.domain.rule;

import java.util.Objects;

/**
 * A condition on one attribute of the profile (or, inside an event condition, on one event property).
 *
 * @param attribute catalog name of the attribute or event property
 * @param text      string comparison options; ignored for other types
 */
public record Predicate(String id, String attribute, Operator operator, Operand operand, TextOptions text,
                        boolean disabled) implements Condition {
    public Predicate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(operand, "operand");
        text = text == null ? TextOptions.DEFAULT : text;
    }

    public Predicate(String id, String attribute, Operator operator, Operand operand) {
        this(id, attribute, operator, operand, TextOptions.DEFAULT, false);
    }

    @Override
    public Predicate withDisabled(boolean value) {
        return new Predicate(id, attribute, operator, operand, text, value);
    }
}
