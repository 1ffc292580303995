package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.rule.Predicate;

/**
 * One SQL comparison read as a positive predicate. {@code sqlNegated} says the SQL tests its opposite
 * ({@code <>}, NOT IN, NOT LIKE, NOT BETWEEN, IS NOT NULL); {@code nullable} that SQL yields NULL, not
 * FALSE, when the attribute is missing — which matters as soon as the comparison is negated.
 */
record SqlLeaf(Predicate positive, boolean sqlNegated, boolean nullable) {
}
