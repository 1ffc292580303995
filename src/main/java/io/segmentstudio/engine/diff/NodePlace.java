package io.segmentstudio.engine.diff;

/**
 * Where a node stands in a tree.
 *
 * @param parentId the id of its group or event condition; null for the root
 * @param index    its position among its parent's children (or an event condition's filters); 0 for the root
 */
public record NodePlace(String parentId, int index) {
    static final NodePlace ROOT = new NodePlace(null, 0);

    public boolean isRoot() {
        return parentId == null;
    }
}
