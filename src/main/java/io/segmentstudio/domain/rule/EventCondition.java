package io.segmentstudio.domain.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition on a profile's events: how many events of a type, matching property filters, happened
 * in a window — and optionally an aggregate of a numeric property over those events.
 *
 * @param filters   predicates on event properties, all of which an event must meet to count
 * @param count     how many matching events there must be (default: at least 1)
 * @param aggregate optional: e.g. sum of amount at least 500
 */
public record EventCondition(String id, String eventType, List<Predicate> filters, TimeWindow window,
                             Comparison count, Optional<Aggregate> aggregate, boolean disabled) implements Condition {
    /** The aggregate functions over a numeric event property. */
    public enum Function {
        SUM, AVG, MIN, MAX;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An aggregate of a numeric property over the matching events, compared to a value. */
    public record Aggregate(Function function, String property, Comparison comparison) {
        public Aggregate {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    public EventCondition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventType, "eventType");
        filters = List.copyOf(filters);
        window = window == null ? TimeWindow.EVER : window;
        count = count == null ? Comparison.atLeast(1) : count;
        aggregate = aggregate == null ? Optional.empty() : aggregate;
    }

    /** Filters that take part in evaluation. */
    public List<Predicate> enabledFilters() {
        return filters.stream().filter(f -> !f.disabled()).toList();
    }

    @Override
    public EventCondition withDisabled(boolean value) {
        return new EventCondition(id, eventType, filters, window, count, aggregate, value);
    }
}
