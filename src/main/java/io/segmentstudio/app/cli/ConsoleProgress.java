package io.segmentstudio.app.cli;

import io.segmentstudio.domain.ProgressListener;
import java.io.PrintWriter;

/**
 * Shows core progress as one line on stderr: rewritten in place on a console, one line per whole percent
 * otherwise. Reports a cancel once the user pressed Ctrl-C, so the work can undo itself before exiting.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {
    private final PrintWriter err;
    private final boolean visible;
    private final boolean inPlace;
    private final Interruption interruption;
    private String lastShown = "";
    private boolean lineOpen;

    ConsoleProgress(PrintWriter err, boolean visible, boolean inPlace, Interruption interruption) {
        this.err = err;
        this.visible = visible;
        this.inPlace = inPlace;
        this.interruption = interruption;
    }

    @Override
    public void progress(long done, long total, String message) {
        if (!visible) {
            return;
        }
        String text = total > 0
                ? message + ": " + Math.min(100, done * 100 / total) + "%"
                : message + ": " + Output.count(done);
        if (text.equals(lastShown)) {
            return;
        }
        if (inPlace) {
            err.print("\r" + text + " ".repeat(Math.max(0, lastShown.length() - text.length())));
            lineOpen = true;
        } else {
            err.println(text);
        }
        err.flush();
        lastShown = text;
    }

    @Override
    public boolean cancelled() {
        return interruption.requested();
    }

    /** Ends the in-place line so that what follows starts on its own line. */
    @Override
    public void close() {
        if (lineOpen) {
            err.println();
            err.flush();
            lineOpen = false;
        }
    }
}
