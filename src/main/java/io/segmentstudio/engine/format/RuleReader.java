package io.segmentstudio.engine.format;

import io.segmentstudio.domain.rule.RuleSchema;

/** Reads one rule format into condition trees typed by the workspace's catalog. */
public interface RuleReader {
    /** @throws RuleFormatException naming the path of the first node that cannot be mapped */
    ImportedRule read(String text, RuleSchema schema);
}
