package io.segmentstudio.engine.format;

/**
 * Something a conversion could not carry over exactly, or changed on purpose (e.g. JsonLogic's
 * JavaScript comparison of null replaced by segment semantics), at the path of the node concerned in
 * the source document (JSON path for JSON formats, character offset for SQL).
 */
public record FormatWarning(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
