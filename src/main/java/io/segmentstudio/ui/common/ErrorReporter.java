package io.segmentstudio.ui.common;

/** Tells the user that something failed. View models report through it; the window shows a dialog. */
@FunctionalInterface
public interface ErrorReporter {
    /** @param title what failed, as a short sentence ("Cannot open the workspace") */
    void report(String title, Throwable error);
}
