package io.segmentstudio.engine.diff;

/**
 * What changed about a node present in both versions. Children are nodes of their own: a group whose
 * child changed is not itself changed.
 */
public enum ChangedField {
    /** The node became another kind of condition (e.g. a predicate became a group) under the same id. */
    KIND,
    ATTRIBUTE,
    OPERATOR,
    /** The operand: value, list, range or relative amount. */
    VALUE,
    /** Case sensitivity or trimming of a text comparison. */
    TEXT_OPTIONS,
    COMBINATOR,
    /** A group's NOT, or a segment reference's "not a member of". */
    NEGATION,
    DISABLED,
    EVENT_TYPE,
    WINDOW,
    /** How many events an event condition needs. */
    COUNT,
    AGGREGATE,
    /** The segment a reference names. */
    SEGMENT,
    /** Moved into another group (or event condition). */
    PARENT,
    /** Reordered among the siblings it kept. */
    POSITION
}
