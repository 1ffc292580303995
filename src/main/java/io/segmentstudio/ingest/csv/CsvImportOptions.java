package io.segmentstudio.ingest.csv;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import and how.
 *
 * @param file        the CSV file (UTF-8, header line first)
 * @param delimiter   field separator; null means comma
 * @param keyColumn   header label (or its attribute name) of the column holding profile keys; null or
 *                    blank means there is none and each row's 1-based data row number is its key
 * @param sourceLabel where the data comes from, recorded with the import and its new attributes; null or
 *                    blank means "csv:" and the file name
 */
public record CsvImportOptions(Path file, Delimiter delimiter, String keyColumn, String sourceLabel) {
    public CsvImportOptions {
        Objects.requireNonNull(file, "file");
        delimiter = delimiter == null ? Delimiter.COMMA : delimiter;
        keyColumn = keyColumn == null || keyColumn.isBlank() ? null : keyColumn.strip();
        sourceLabel = sourceLabel == null || sourceLabel.isBlank() ? "csv:" + file.getFileName() : sourceLabel;
    }

    /** Comma-separated, keyed by row number. */
    public static CsvImportOptions of(Path file) {
        return new CsvImportOptions(file, null, null, null);
    }

    public boolean hasKeyColumn() {
        return keyColumn != null;
    }
}
