package io.segmentstudio.domain;

import java.util.Objects;

/**
 * One entry of the attribute catalog: a typed profile field.
 *
 * @param name        snake_case identifier, unique in a workspace
 * @param type        value type
 * @param description what the attribute means, for the attribute picker
 * @param source      where values come from (a file, a connector, "sample:retail-demo")
 * @param pii         personal data: encrypted at rest, masked in the UI, never published without consent
 */
public record Attribute(String name, AttributeType type, String description, String source, boolean pii) {
    public Attribute {
        AttributeName.requireValid(name);
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        source = source == null ? "" : source;
    }
}
