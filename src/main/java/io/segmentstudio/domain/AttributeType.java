package io.segmentstudio.domain;

/** The value types an attribute can hold. Money is {@link #DECIMAL}, never a double. */
public enum AttributeType {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    STRING_LIST;

    /** Lower-case name shown to users and used in JSON ("string_list"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AttributeType fromLabel(String label) {
        for (AttributeType type : values()) {
            if (type.label().equalsIgnoreCase(label.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown attribute type '" + label + "'; expected one of "
                + java.util.Arrays.stream(values()).map(AttributeType::label).toList());
    }
}
