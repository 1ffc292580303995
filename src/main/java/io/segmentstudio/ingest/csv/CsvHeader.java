package io.segmentstudio.ingest.csv;

import io.segmentstudio.domain.AttributeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header line of a CSV file: each column's label and the attribute name it becomes. A header with an
 * empty label, or with two labels that become the same attribute, is a file error naming the columns,
 * because every row would be ambiguous.
 */
public final class CsvHeader {
    /** @param index 0-based position in each record */
    public record Column(int index, String label, String attribute) {
        /** 1-based, as users count columns. */
        public int number() {
            return index + 1;
        }
    }

    private final List<Column> columns;

    private CsvHeader(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Reads the first record of the file as its header. */
    public static CsvHeader read(CsvReader reader, String file, Delimiter delimiter) {
        CsvRecord record = reader.next();
        if (record == null) {
            throw new CsvException(file + " is empty: the first line must name the columns");
        }
        if (!record.wellFormed()) {
            throw new CsvException(file + ": the header is malformed: " + record.defect());
        }
        return of(record.fields(), file, delimiter);
    }

    static CsvHeader of(List<String> labels, String file, Delimiter delimiter) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Column>> byAttribute = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.isBlank()) {
                problems.add("column " + (i + 1) + " has no name");
                continue;
            }
            Column column = new Column(i, label, AttributeName.fromLabel(label));
            columns.add(column);
            byAttribute.computeIfAbsent(column.attribute(), name -> new ArrayList<>()).add(column);
        }
        byAttribute.forEach((attribute, same) -> {
            if (same.size() > 1) {
                problems.add("columns " + same.stream().map(c -> "'" + c.label() + "' (" + c.number() + ")")
                        .collect(Collectors.joining(" and ")) + " become the same attribute '" + attribute + "'");
            }
        });
        if (!problems.isEmpty()) {
            throw new CsvException(file + ": the header line has " + String.join("; ", problems)
                    + ". Rename the columns so each has a distinct name");
        }
        if (columns.size() == 1) {
            requireOtherDelimiterAbsent(columns.get(0).label(), file, delimiter);
        }
        return new CsvHeader(columns);
    }

    /** A one-column header containing another delimiter almost always means the wrong delimiter was chosen. */
    private static void requireOtherDelimiterAbsent(String label, String file, Delimiter chosen) {
        for (Delimiter other : Delimiter.values()) {
            if (other != chosen && label.indexOf(other.character()) >= 0) {
                throw new CsvException(file + ": the header has a single column containing " + other.display()
                        + "; the file is probably separated by " + other.display() + " rather than "
                        + chosen.display() + ". Choose that delimiter");
            }
        }
    }

    public List<Column> columns() {
        return columns;
    }

    /** Number of fields every record must have. */
    public int width() {
        return columns.size();
    }

    /** The column with this exact label, or else with this attribute name ("customerID" or "customer_id"). */
    public Optional<Column> find(String labelOrAttribute) {
        return columns.stream().filter(c -> c.label().equals(labelOrAttribute)).findFirst()
                .or(() -> columns.stream().filter(c -> c.attribute().equals(labelOrAttribute)).findFirst());
    }

    public List<String> labels() {
        return columns.stream().map(Column::label).toList();
    }
}
