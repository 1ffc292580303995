package io.segmentstudio.ingest.csv;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.workspace.ImportLog.Rejection;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass, one record at a time: a profile key and typed values, or the reason the row is
 * rejected. A row is rejected for the first problem found: a malformed record, the wrong number of
 * fields, a blank, too long or repeated key, then the first cell that does not fit its attribute.
 */
final class RowConverter {
    /** Length of the profile key column. */
    static final int MAX_KEY_LENGTH = 255;

    /** A column written to the profile table, with the attribute it fills. */
    record Target(CsvHeader.Column column, Attribute attribute) {
    }

    sealed interface Outcome permits Accepted, Rejected {
    }

    record Accepted(String key, Object[] values) implements Outcome {
    }

    record Rejected(Rejection rejection) implements Outcome {
    }

    private final int width;
    private final CsvHeader.Column keyColumn;
    private final List<Target> targets;
    private final ZoneId zone;
    private final Map<String, Long> rowOfKey = new HashMap<>();

    /** @param keyColumn the column holding profile keys, or null to key rows by their row number */
    RowConverter(CsvHeader header, CsvHeader.Column keyColumn, List<Target> targets, ZoneId zone) {
        this.width = header.width();
        this.keyColumn = keyColumn;
        this.targets = List.copyOf(targets);
        this.zone = zone;
    }

    /** @param row 1-based data row number (the header is not counted) */
    Outcome convert(long row, CsvRecord record) {
        if (!record.wellFormed()) {
            return reject(row, null, record.defect(), record);
        }
        if (record.size() != width) {
            return reject(row, null, "line " + record.line() + " has " + record.size() + " field"
                    + (record.size() == 1 ? "" : "s") + ", the header has " + width
                    + " (is a field with the delimiter in it missing its quotes?)", record);
        }
        String key = keyColumn == null ? Long.toString(row) : record.field(keyColumn.index()).strip();
        String keyProblem = keyProblem(key);
        if (keyProblem != null) {
            return reject(row, keyColumn.label(), "column '" + keyColumn.label() + "': " + keyProblem, record);
        }
        Object[] values = new Object[targets.size()];
        for (int i = 0; i < values.length; i++) {
            Target target = targets.get(i);
            String cell = record.field(target.column().index());
            if (Cells.isMissing(cell)) {
                continue;
            }
            try {
                values[i] = Cells.parse(target.attribute().type(), cell, zone);
            } catch (Cells.InvalidCell e) {
                String label = target.column().label();
                return reject(row, label, "column '" + label + "': " + e.getMessage(), record);
            }
        }
        rowOfKey.put(key, row);
        return new Accepted(key, values);
    }

    private String keyProblem(String key) {
        if (key.isEmpty()) {
            return "the key is blank";
        }
        if (key.length() > MAX_KEY_LENGTH) {
            return "the key is longer than " + MAX_KEY_LENGTH + " characters";
        }
        Long first = rowOfKey.get(key);
        return first == null ? null : "key " + Cells.quote(key) + " was already imported from row " + first;
    }

    private static Rejected reject(long row, String column, String reason, CsvRecord record) {
        return new Rejected(new Rejection(row, column, reason, record.raw()));
    }
}
