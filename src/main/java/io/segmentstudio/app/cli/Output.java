package io.segmentstudio.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.segmentstudio.engine.format.FormatWarning;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Where commands write. Results go to stdout, as text for people or as JSON for scripts; progress goes to
 * stderr so that stdout stays clean when piped.
 */
final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean errIsConsole;
    private ObjectMapper json;

    /** @param errIsConsole whether stderr is a terminal, where a progress line is welcome */
    Output(PrintWriter out, PrintWriter err, boolean errIsConsole) {
        this.out = out;
        this.err = err;
        this.errIsConsole = errIsConsole;
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Text as it is, without adding a line end (a CSV document brings its own). */
    void text(String text) {
        out.print(text);
        out.flush();
    }

    /** A note for people on stderr, one line, so that stdout stays clean for results and JSON. */
    void note(String text) {
        err.println(text.replace('\n', ' '));
        err.flush();
    }

    /** The warnings of a rule conversion on stderr, one line each: {@code Warning: <path>: <message>}. */
    void warnings(List<FormatWarning> warnings) {
        warnings.forEach(warning -> note("Warning: " + warning));
    }

    /** A count for people: 7,043. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 row", "7,043 rows". */
    static String count(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** Prints one JSON document on one line; object keys keep the order of the record's components. */
    void json(Object value) {
        try {
            line(mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** A progress line on stderr when it is a console or when asked for, else nothing. */
    ConsoleProgress progress(boolean forced, Interruption interruption) {
        return new ConsoleProgress(err, errIsConsole || forced, errIsConsole, interruption);
    }

    /** Created on first use: Jackson takes a noticeable part of a short command's start-up. */
    private ObjectMapper mapper() {
        if (json == null) {
            json = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        }
        return json;
    }
}
