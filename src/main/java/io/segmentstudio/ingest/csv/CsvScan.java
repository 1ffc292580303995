package io.segmentstudio.ingest.csv;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ProgressListener;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a file, before anything is written: the header, the number of records, and the
 * type each column's cells fit. Malformed records and records with the wrong number of fields do not
 * vote; the second pass rejects them.
 *
 * @param inferredTypes attribute name → inferred type, in column order
 */
record CsvScan(CsvHeader header, long rows, Map<String, AttributeType> inferredTypes) {
    static final int PROGRESS_EVERY = 1_000;

    static CsvScan of(Path file, Delimiter delimiter, ProgressListener progress) {
        try (CsvReader reader = CsvReader.open(file, delimiter)) {
            CsvHeader header = CsvHeader.read(reader, file.toString(), delimiter);
            List<CsvHeader.Column> columns = header.columns();
            TypeGuess[] guesses = new TypeGuess[columns.size()];
            for (int i = 0; i < guesses.length; i++) {
                guesses[i] = new TypeGuess();
            }
            long rows = 0;
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                if (record.wellFormed() && record.size() == guesses.length) {
                    for (int i = 0; i < guesses.length; i++) {
                        guesses[i].vote(record.field(i));
                    }
                }
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.progress(rows, -1, "Reading " + file.getFileName());
                }
            }
            Map<String, AttributeType> types = new LinkedHashMap<>();
            for (CsvHeader.Column column : columns) {
                types.put(column.attribute(), guesses[column.index()].type());
            }
            return new CsvScan(header, rows, types);
        }
    }
}
