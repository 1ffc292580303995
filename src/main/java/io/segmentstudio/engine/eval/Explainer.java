package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;

/** Answers "why is this profile in (or out of) the segment?" node by node. */
public final class Explainer {
    /** The outcome at the root always equals {@code rule.test(profile)}. */
    public Explanation explain(CompiledRule rule, Profile profile) {
        return rule.root().explain(profile);
    }

    /** Compiles and explains in one go, for a single profile (the CLI's {@code segment explain}). */
    public Explanation explain(Condition expandedRule, RuleSchema schema, AsOf asOf, Profile profile) {
        return explain(new Evaluator().compile(expandedRule, schema, asOf), profile);
    }
}
