package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.rule.Group;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Undo and redo for a rule: every edit is a new immutable tree with the label of what was done, so
 * undoing is moving back along the list. Entries after the current one are the redo steps; a new edit
 * drops them. The list is what the history panel shows.
 */
public final class EditHistory {
    /** One state of the rule and the edit that led to it ("Add condition"). */
    public record Entry(String label, Group tree) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(tree, "tree");
        }
    }

    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Group> tree = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canUndo = Bindings.createBooleanBinding(() -> position.get() > 0, position);
    private final BooleanBinding canRedo = Bindings.createBooleanBinding(() -> position.get() < entries.size() - 1,
            position, entries);

    /** Starts over from a tree (a segment opened, an import): nothing to undo. */
    public void reset(String label, Group start) {
        entries.setAll(new Entry(label, start));
        position.set(0);
        tree.set(start);
    }

    /** Records an edit; an edit that changes nothing is not recorded. */
    public void record(String label, Group next) {
        if (next.equals(tree.get())) {
            return;
        }
        entries.remove(position.get() + 1, entries.size());
        entries.add(new Entry(label, next));
        position.set(entries.size() - 1);
        tree.set(next);
    }

    /**
     * Replaces the newest step with this one (keystrokes in one field make one step); records it as a new
     * step when the newest is not where the history stands (after an undo) or is the starting point.
     */
    public void amend(String label, Group next) {
        if (next.equals(tree.get())) {
            return;
        }
        if (position.get() == 0 || position.get() != entries.size() - 1) {
            record(label, next);
            return;
        }
        entries.set(position.get(), new Entry(label, next));
        tree.set(next);
    }

    public void undo() {
        if (canUndo.get()) {
            goTo(position.get() - 1);
        }
    }

    public void redo() {
        if (canRedo.get()) {
            goTo(position.get() + 1);
        }
    }

    /** Jumps to any entry of the list (a click in the history panel). */
    public void goTo(int index) {
        Objects.checkIndex(index, entries.size());
        position.set(index);
        tree.set(entries.get(index).tree());
    }

    /** What undo would take back ("Undo Add condition"), or "" when nothing. */
    public String undoLabel() {
        return canUndo.get() ? entries.get(position.get()).label() : "";
    }

    public String redoLabel() {
        return canRedo.get() ? entries.get(position.get() + 1).label() : "";
    }

    public ObservableList<Entry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Group> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public BooleanBinding canRedoProperty() {
        return canRedo;
    }
}
