package io.segmentstudio.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes the benchmark profiles once as CSV, the fastest way into both DuckDB and H2. */
final class BenchCsv {
    private BenchCsv() {
    }

    /** Columns: profile_id, profile_key, then one per attribute in catalog order; blank = missing. */
    static Path write(BenchProfiles profiles, int count, Path file) throws IOException {
        List<String> names = BenchProfiles.names();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("profile_id,profile_key," + String.join(",", names));
            out.newLine();
            StringBuilder line = new StringBuilder(256);
            for (int row = 0; row < count; row++) {
                Map<String, Object> values = profiles.row(row);
                line.setLength(0);
                line.append(row + 1).append(',').append(BenchProfiles.key(row));
                for (String name : names) {
                    Object value = values.get(name);
                    line.append(',');
                    if (value != null) {
                        line.append(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
                    }
                }
                out.append(line);
                out.newLine();
            }
        }
        return file;
    }
}
