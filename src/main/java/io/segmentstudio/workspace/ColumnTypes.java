package io.segmentstudio.workspace;

import io.segmentstudio.domain.AttributeType;

/** How each attribute type is stored in H2. */
final class ColumnTypes {
    private ColumnTypes() {
    }

    static String sqlType(AttributeType type) {
        return switch (type) {
            case STRING -> "CHARACTER VARYING";
            case INTEGER -> "BIGINT";
            // DECFLOAT keeps every decimal digit that was imported: money is exact, never a double.
            case DECIMAL -> "DECFLOAT";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
            case STRING_LIST -> "CHARACTER VARYING ARRAY";
        };
    }

    /** Quoted identifier; names are validated snake_case, so quoting only guards reserved words. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
