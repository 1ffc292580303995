package io.segmentstudio.engine.eval;

import java.util.function.Predicate;

/**
 * A compiled test of one attribute value (or event property) with everything constant precomputed.
 * The value may be null (missing); {@code expected} is the resolved operand for explanations, e.g.
 * "in [2026-10-01, 2026-10-31]".
 */
record ValueMatcher(String expected, Predicate<Object> test) {
    /** A positive operator: false on a missing value, otherwise the given test (semantics.md, rule 1). */
    static ValueMatcher present(String expected, Predicate<Object> onValue) {
        return new ValueMatcher(expected, value -> value != null && onValue.test(value));
    }

    boolean matches(Object value) {
        return test.test(value);
    }

    /** The exact complement, missing values included: how every negative operator is built (rule 2). */
    ValueMatcher negate() {
        return new ValueMatcher("not " + expected, test.negate());
    }
}
