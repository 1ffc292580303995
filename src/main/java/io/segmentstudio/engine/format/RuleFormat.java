package io.segmentstudio.engine.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rule formats Segment Studio reads and writes, by the names the CLI and dialogs use. */
public enum RuleFormat {
    NATIVE("native"),
    JSONLOGIC("jsonlogic"),
    RQB("rqb"),
    SQL("sql");

    private final String id;

    RuleFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static RuleFormat of(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown rule format '" + id + "'; known: "
                        + Arrays.stream(values()).map(RuleFormat::id).collect(Collectors.joining(", "))));
    }
}
