package io.segmentstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private final StringWriter err = new StringWriter();

    @Test
    void onAConsoleRewritesOneLineAndEndsItWhenClosed() {
        try (Interruption interruption = Interruption.listen();
             ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), true, true, interruption)) {
            progress.progress(1_000, -1, "Reading the file");
            progress.progress(500, 1_000, "Importing a.csv");
            progress.progress(501, 1_000, "Importing a.csv");
            progress.progress(1_000, 1_000, "Importing a.csv");
            assertThat(progress.cancelled()).isFalse();
        }
        assertThat(err.toString()).isEqualTo("\rReading the file: 1,000\rImporting a.csv: 50%   "
                + "\rImporting a.csv: 100%" + System.lineSeparator());
    }

    @Test
    void showsNothingWhenNotVisible() {
        try (Interruption interruption = Interruption.listen();
             ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), false, false, interruption)) {
            progress.progress(1, 2, "Importing a.csv");
        }
        assertThat(err.toString()).isEmpty();
    }
}
