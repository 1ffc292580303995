package io.segmentstudio.engine.format;

import io.segmentstudio.domain.rule.Condition;

/** Writes condition trees (references already expanded where the format has none) in one format. */
public interface RuleWriter {
    /** @throws RuleFormatException naming the node id of the first node the format cannot express */
    ExportedRule write(Condition rule);
}
