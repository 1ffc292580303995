package io.segmentstudio.domain;

import io.segmentstudio.domain.rule.TimeWindow;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A profile attribute derived from the profile's events of one type within a window: how many days
 * since the last one, how many, the sum, average, minimum or maximum of a numeric property, their
 * number relative to the events of another type (an open rate), or a property's value on the first or
 * the last of them. Its value is stored like any attribute's, so rules use it like one.
 *
 * @param property the event property of sum, avg, min, max (numeric), first_value and last_value; null
 *                 otherwise
 * @param per      the event type counted in the denominator of a rate; null otherwise
 */
public record ComputedAttribute(String name, Kind kind, String eventType, String property, TimeWindow window,
                                String per) {
    /** What is computed, and the type of the result. */
    public enum Kind {
        DAYS_SINCE_LAST(AttributeType.INTEGER), COUNT(AttributeType.INTEGER), SUM(AttributeType.DECIMAL),
        AVG(AttributeType.DECIMAL), MIN(AttributeType.DECIMAL), MAX(AttributeType.DECIMAL),
        RATE(AttributeType.DECIMAL), FIRST_VALUE(null), LAST_VALUE(null);

        private final AttributeType type;

        Kind(AttributeType type) {
            this.type = type;
        }

        /** The result's type; empty for first and last values, which take their property's type. */
        public Optional<AttributeType> type() {
            return Optional.ofNullable(type);
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean needsProperty() {
            return this != DAYS_SINCE_LAST && this != COUNT && this != RATE;
        }

        public boolean needsNumericProperty() {
            return this == SUM || this == AVG || this == MIN || this == MAX;
        }

        public static Optional<Kind> fromKey(String key) {
            for (Kind kind : values()) {
                if (kind.key().equals(key.trim().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public ComputedAttribute {
        AttributeName.requireValid(name);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventType, "eventType");
        window = window == null ? TimeWindow.EVER : window;
        if (kind.needsProperty() != (property != null)) {
            throw new IllegalArgumentException(kind.needsProperty() ? kind.key() + " needs an event property"
                    : kind.key() + " takes no event property");
        }
        if ((kind == Kind.RATE) != (per != null)) {
            throw new IllegalArgumentException(kind == Kind.RATE ? "a rate needs the event type it is relative to"
                    : kind.key() + " is not relative to another event type");
        }
    }


    /** Whether an event of this type can change the value. */
    public boolean reads(String type) {
        return eventType.equals(type) || type.equals(per);
    }
}
