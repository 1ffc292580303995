package io.segmentstudio.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Audit entries as CSV (RFC 4180: comma, CRLF, fields quoted when needed), for spreadsheets and
 * compliance archives. Times are ISO instants in UTC. A field that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe: audit details hold text
 * users typed, and opening an export must never execute it.
 */
public final class AuditCsv {
    static final String HEADER = "occurred_at,actor,action,target_type,target,details";

    private AuditCsv() {
    }

    public static void write(List<AuditLog.Entry> entries, Appendable out) {
        try {
            out.append(HEADER).append("\r\n");
            for (AuditLog.Entry entry : entries) {
                out.append(entry.occurredAt().toString()).append(',')
                        .append(field(entry.actor())).append(',')
                        .append(field(entry.action())).append(',')
                        .append(field(entry.targetType())).append(',')
                        .append(field(entry.target())).append(',')
                        .append(field(entry.details())).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit CSV: " + e.getMessage(), e);
        }
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
