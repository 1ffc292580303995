package io.segmentstudio.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Tells every page of a window that the segment catalog changed (a save, a review, an archive), so that
 * lists read themselves again without knowing who changed what. Used on the UI thread only.
 */
public final class CatalogChanges {
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public void changed() {
        revision.set(revision.get() + 1);
    }

    /** Goes up by one with every change; listen to it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
