package io.segmentstudio.engine.format;

import java.util.List;

/** A condition tree written in another format, with the warnings of the conversion. */
public record ExportedRule(String text, List<FormatWarning> warnings) {
    public ExportedRule {
        warnings = List.copyOf(warnings);
    }
}
