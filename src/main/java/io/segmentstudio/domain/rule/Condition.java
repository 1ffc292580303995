package io.segmentstudio.domain.rule;

/**
 * A node of a segment's condition tree: the single source of truth that is compiled to SQL for each
 * dialect and interpreted in memory. Every node has an id (stable across versions, for explain,
 * validation messages and diffs) and can be disabled, which removes it from evaluation without
 * deleting it.
 */
public sealed interface Condition permits Group, Predicate, EventCondition, SegmentRef {
    String id();

    boolean disabled();

    /** The same node with the disabled flag set as given. */
    Condition withDisabled(boolean disabled);
}
