package io.segmentstudio.ingest.csv;

/**
 * A CSV file cannot be imported at all (missing, not UTF-8, bad header, unclosed quote). The message is
 * written for the user and names the file and, where there is one, the line. Problems confined to one row
 * are not exceptions: that row is rejected and the import goes on.
 */
public class CsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CsvException(String message) {
        super(message);
    }

    public CsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
