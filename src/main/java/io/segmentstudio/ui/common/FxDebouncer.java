package io.segmentstudio.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX clock: the action runs on the UI thread after a quiet pause. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable pending = () -> { };

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(event -> pending.run());
    }

    @Override
    public void schedule(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
