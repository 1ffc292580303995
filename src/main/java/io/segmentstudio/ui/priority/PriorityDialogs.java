package io.segmentstudio.ui.priority;

import io.segmentstudio.domain.PriorityGroup;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Window;

/** The questions the Priorities page asks; tests answer them without windows. */
public interface PriorityDialogs {
    /** A new group as the user described it. */
    record NewGroup(String name, String description, List<String> segments) {
        public NewGroup {
            segments = List.copyOf(segments);
        }
    }

    /**
     * Asks for a new group's name, description and first segments; empty when cancelled.
     *
     * @param segments    what the group may take, in the order offered
     * @param nameProblem why a name cannot be used, empty when it can
     */
    Optional<NewGroup> newGroup(Window owner, List<String> segments, Function<String, Optional<String>> nameProblem);

    /** Whether the user drops the unsaved order of a group to look at another one. */
    boolean confirmDiscardOrder(Window owner, PriorityGroup group);

    /** Whether the user confirms deleting a group. */
    boolean confirmDelete(Window owner, PriorityGroup group);
}
