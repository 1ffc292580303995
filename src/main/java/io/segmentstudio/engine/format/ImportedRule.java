package io.segmentstudio.engine.format;

import io.segmentstudio.domain.rule.Condition;
import java.util.List;

/** A condition tree read from another format, with the warnings of the conversion. */
public record ImportedRule(Condition rule, List<FormatWarning> warnings) {
    public ImportedRule {
        warnings = List.copyOf(warnings);
    }
}
