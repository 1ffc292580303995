package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;

/**
 * The in-memory evaluator: compiles a condition tree once into small type-specialised matchers, with
 * every constant (lower-cased operands, regular expressions, calendar intervals, IN sets) resolved at
 * compile time. Implements semantics.md exactly, as the SQL compiler does.
 */
public final class Evaluator {
    /**
     * @param expandedRule a rule passed through {@link io.segmentstudio.engine.ReferenceExpander}: no
     *                     segment references and no disabled nodes left
     * @throws io.segmentstudio.engine.RuleException naming the node when the rule cannot be evaluated
     *         (unknown attribute, operator or operand not fitting its type, invalid regex, …)
     */
    public CompiledRule compile(Condition expandedRule, RuleSchema schema, AsOf asOf) {
        return new CompiledRule(new TreeCompiler(schema, asOf).compileRoot(expandedRule));
    }
}
