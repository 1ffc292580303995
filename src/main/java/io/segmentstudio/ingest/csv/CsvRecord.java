package io.segmentstudio.ingest.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line   physical line (1-based) on which the record starts; a quoted field may span several lines
 * @param fields the unquoted field values
 * @param raw    the record's text as written in the file, without its line break, for rejection reports
 * @param defect why the record is malformed (text after a closing quote), or null when it is well formed;
 *               a malformed record still has fields so that reading can go on
 */
public record CsvRecord(long line, List<String> fields, String raw, String defect) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    public int size() {
        return fields.size();
    }

    public String field(int index) {
        return fields.get(index);
    }

    public boolean wellFormed() {
        return defect == null;
    }
}
