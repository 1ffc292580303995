package io.segmentstudio.engine.diff;

import java.util.Objects;

/** One changed field with its value before and after, as text for showing (e.g. "greater_than" → "at_least"). */
public record FieldChange(ChangedField field, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
