package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.Profile;

/**
 * A compiled condition. Testing and explaining share the same precomputed matchers, so an explanation
 * can never disagree with the evaluation it explains.
 */
interface Node {
    boolean test(Profile profile);

    Explanation explain(Profile profile);
}
