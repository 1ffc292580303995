package io.segmentstudio.domain.rule;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What rules may name: the profile attributes and the event properties, with their types. */
public record RuleSchema(Map<String, Attribute> attributes, Map<String, Attribute> eventProperties) {
    public RuleSchema {
        attributes = Map.copyOf(attributes);
        eventProperties = Map.copyOf(eventProperties);
    }

    public static RuleSchema of(Collection<Attribute> attributes, Collection<Attribute> eventProperties) {
        return new RuleSchema(byName(attributes), byName(eventProperties));
    }

    private static Map<String, Attribute> byName(Collection<Attribute> list) {
        Map<String, Attribute> map = new LinkedHashMap<>();
        list.forEach(a -> map.put(a.name(), a));
        return map;
    }

    public Optional<AttributeType> attributeType(String name) {
        return Optional.ofNullable(attributes.get(name)).map(Attribute::type);
    }

    public Optional<AttributeType> eventPropertyType(String name) {
        return Optional.ofNullable(eventProperties.get(name)).map(Attribute::type);
    }
}
