package io.segmentstudio.engine.format;

/** A rule file that cannot be read; the message names the JSON path of the offending node. */
public final class RuleFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;

    public RuleFormatException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
