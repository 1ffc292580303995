package io.segmentstudio.engine.diff;

/** How a node differs between two versions of a rule. */
public enum ChangeKind {
    /** Only in the newer version. */
    ADDED,
    /** Only in the older version (with the whole subtree it held). */
    REMOVED,
    /** In both, with some of its own fields or its place changed. */
    CHANGED
}
