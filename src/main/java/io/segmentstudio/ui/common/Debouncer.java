package io.segmentstudio.ui.common;

/**
 * Runs the last of a burst of requests once the burst has paused, so typing into a value does not
 * start a count per keystroke. The desktop waits on the UI clock ({@link FxDebouncer}); tests run
 * at once.
 */
public interface Debouncer {
    /** Replaces whatever was waiting with this action. */
    void schedule(Runnable action);

    /** Runs every action at once: for tests and for headless use. */
    Debouncer IMMEDIATE = Runnable::run;
}
