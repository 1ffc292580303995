package io.segmentstudio.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Collects what view models report instead of showing dialogs. */
public final class RecordingErrors implements ErrorReporter {
    /** One report. */
    public record Report(String title, Throwable error) {
    }

    private final List<Report> reports = new ArrayList<>();

    @Override
    public void report(String title, Throwable error) {
        reports.add(new Report(title, error));
    }

    public List<Report> reports() {
        return reports;
    }
}
