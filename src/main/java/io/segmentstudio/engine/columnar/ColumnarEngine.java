package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.engine.AsOf;

/**
 * The fast engine: evaluates condition trees over a {@link ProfileImage} into member bitmaps, with the
 * semantics of the evaluator and the SQL compiler (semantics.md; held to them by the differential
 * tests).
 */
public final class ColumnarEngine {
    /**
     * @param expandedRule a rule passed through {@link io.segmentstudio.engine.ReferenceExpander}: no
     *                     segment references and no disabled nodes left
     * @throws io.segmentstudio.engine.RuleException naming the node when the rule cannot be evaluated
     */
    public ColumnarRule compile(Condition expandedRule, ProfileImage image, AsOf asOf) {
        return new ColumnarRule(image, new RowCompiler(image, asOf).compileRoot(expandedRule));
    }
}
