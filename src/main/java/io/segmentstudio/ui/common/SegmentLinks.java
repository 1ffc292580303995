package io.segmentstudio.ui.common;

/** Ways from one page to the segment editor, so pages need not know about each other. */
public interface SegmentLinks {
    /** Shows the rule builder with the segment's current version. */
    void openInBuilder(String segment);

    /** Shows the rule builder with an empty rule, to be saved as a new segment. */
    void newSegment();
}
