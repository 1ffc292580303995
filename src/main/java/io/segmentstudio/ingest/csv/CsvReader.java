package io.segmentstudio.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: fields separated by a delimiter, records by CRLF, LF or CR; a field in
 * double quotes may contain the delimiter, line breaks and doubled quotes ({@code ""}). Files are UTF-8,
 * with or without a byte order mark.
 *
 * <p>Beyond the RFC, and on purpose: a quote inside an unquoted field is kept as a character
 * ({@code 5'10"}), because spreadsheets write such fields; empty lines between records are skipped. Text
 * after a closing quote ({@code "a"b}) makes that record malformed, not the file. A quoted field that is
 * never closed swallows the rest of the file, so it is a file error.
 */
public final class CsvReader implements AutoCloseable {
    private static final int END = -1;
    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final char delimiter;
    private final String source;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean started;
    private long line = 1;
    private final StringBuilder field = new StringBuilder();
    private final StringBuilder raw = new StringBuilder();

    /** @param source how messages name the input, usually the file path */
    public CsvReader(Reader in, Delimiter delimiter, String source) {
        this.in = in;
        this.delimiter = delimiter.character();
        this.source = source;
    }

    /** Opens a UTF-8 file; a missing or unreadable file is a {@link CsvException} naming it. */
    public static CsvReader open(Path file, Delimiter delimiter) {
        if (Files.isDirectory(file)) {
            throw new CsvException(file + " is a folder, not a CSV file");
        }
        try {
            return new CsvReader(new StrictUtf8Reader(Files.newInputStream(file)), delimiter, file.toString());
        } catch (NoSuchFileException e) {
            throw new CsvException("No file at " + file.toAbsolutePath().normalize());
        } catch (AccessDeniedException e) {
            throw new CsvException("Cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new CsvException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The next record, or null at the end of the input. */
    public CsvRecord next() {
        int c = read();
        while (c == '\n' || c == '\r') {
            c = read();
        }
        if (c == END) {
            return null;
        }
        long startLine = line;
        raw.setLength(0);
        raw.append((char) c);
        List<String> fields = new ArrayList<>();
        String defect = null;
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = readQuoted();
                if (!isFieldEnd(c) && defect == null) {
                    defect = "line " + line + ": text after the closing quote of field " + (fields.size() + 1)
                            + " (a quote inside a quoted field must be doubled: \"\")";
                }
            }
            while (!isFieldEnd(c)) {
                field.append((char) c);
                c = readRaw();
            }
            fields.add(field.toString());
            if (c != delimiter) {
                break;
            }
            c = readRaw();
        }
        trimLineBreak();
        return new CsvRecord(startLine, fields, raw.toString(), defect);
    }

    /** Reads a quoted field's content after its opening quote; returns the character after the closing quote. */
    private int readQuoted() {
        long openedOn = line;
        while (true) {
            int c = readRaw();
            if (c == END) {
                throw new CsvException(source + ": line " + openedOn + ": a quoted field is never closed"
                        + " (a '\"' is missing)");
            }
            if (c == '"') {
                int after = readRaw();
                if (after != '"') {
                    return after;
                }
            }
            field.append((char) c);
        }
    }

    private boolean isFieldEnd(int c) {
        return c == delimiter || c == '\n' || c == '\r' || c == END;
    }

    /** Reads a character and keeps it in the record's raw text. */
    private int readRaw() {
        int c = read();
        if (c != END) {
            raw.append((char) c);
        }
        return c;
    }

    /** Reads a character, counting lines: LF, CR and CRLF each end one line. */
    private int read() {
        if (position == limit && !fill()) {
            return END;
        }
        char c = buffer[position++];
        if (c == '\n' || (c == '\r' && !nextIs('\n'))) {
            line++;
        }
        return c;
    }

    private boolean nextIs(char expected) {
        return (position < limit || fill()) && buffer[position] == expected;
    }

    /** Drops the line break that ended the record (the LF of a CRLF is still unread). */
    private void trimLineBreak() {
        int last = raw.length() - 1;
        if (last >= 0 && (raw.charAt(last) == '\n' || raw.charAt(last) == '\r')) {
            raw.setLength(last);
        }
    }

    /** Refills the buffer once it is used up; false at the end of the input. */
    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            if (!started && n > 0) {
                started = true;
                if (buffer[0] == BOM) {
                    position = 1;
                    return limit > 1 || fill();
                }
            }
            return n > 0;
        } catch (CharacterCodingException e) {
            throw new CsvException(source + ": line " + line + " is not valid UTF-8 text. Save the file as"
                    + " UTF-8 (in Excel: \"CSV UTF-8\") and import it again", e);
        } catch (IOException e) {
            throw new CsvException("Cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new CsvException("Cannot close " + source + ": " + e.getMessage(), e);
        }
    }
}
