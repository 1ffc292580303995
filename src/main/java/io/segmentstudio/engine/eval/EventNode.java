package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.engine.Interval;
import io.segmentstudio.engine.RuleException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A compiled event condition: counts the profile's events of the type that fall in the window and meet
 * every filter, compares the count, and (optionally) an aggregate over the same events.
 */
final class EventNode implements Node {
    private final String id;
    private final String description;
    private final String eventType;
    private final List<PredicateNode> filters;
    private final Interval<Instant> window;
    private final Comparison count;
    private final EventAggregate aggregate;
    private final Display display;

    /** @param aggregate null when the condition has none */
    EventNode(String id, String description, String eventType, List<PredicateNode> filters, Interval<Instant> window,
              Comparison count, EventAggregate aggregate, Display display) {
        this.id = id;
        this.description = description;
        this.eventType = eventType;
        this.filters = List.copyOf(filters);
        this.window = window;
        this.count = count;
        this.aggregate = aggregate;
        this.display = display;
    }

    @Override
    public boolean test(Profile profile) {
        return satisfied(tally(profile));
    }

    @Override
    public Explanation explain(Profile profile) {
        Tally tally = tally(profile);
        String actual = tally.count + (tally.count == 1 ? " matching event" : " matching events")
                + (aggregate == null ? "" : ", " + aggregate.actual(tally.values));
        String expected = "needs " + display.comparison(count)
                + (aggregate == null ? "" : " and " + aggregate.label() + " " + display.comparison(aggregate.comparison()))
                + " within " + display.interval(window);
        return new Explanation(id, description, satisfied(tally), actual, expected, true, List.of());
    }

    /** The count and the aggregate's values, computed once for both test and explain. */
    private record Tally(long count, EventAggregate.Accumulator values) {
    }

    private Tally tally(Profile profile) {
        long matching = 0;
        EventAggregate.Accumulator values = aggregate == null ? null : aggregate.start();
        for (Event event : profile.events()) {
            if (event.type().equals(eventType) && window.contains(event.occurredAt()) && passes(event, profile)) {
                matching++;
                if (values != null) {
                    add(values, event, profile);
                }
            }
        }
        return new Tally(matching, values);
    }

    private boolean satisfied(Tally tally) {
        return count.test(BigDecimal.valueOf(tally.count)) && (aggregate == null || aggregate.satisfied(tally.values));
    }

    private boolean passes(Event event, Profile profile) {
        for (PredicateNode filter : filters) {
            if (!filter.matches(event.properties().get(filter.name()), profile, event)) {
                return false;
            }
        }
        return true;
    }

    private void add(EventAggregate.Accumulator values, Event event, Profile profile) {
        Object value = event.properties().get(aggregate.property());
        if (value == null) {
            return;
        }
        try {
            values.add(NumberOperand.toDecimal(value));
        } catch (ClassCastException e) {
            throw new RuleException(id, "'" + aggregate.property() + "' of " + Owners.describe(profile, event) + " holds a "
                    + value.getClass().getSimpleName() + " (" + display.value(value) + "), not a number");
        }
    }
}
