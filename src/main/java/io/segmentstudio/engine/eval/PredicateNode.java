package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.engine.RuleException;
import java.util.List;

/** A compiled predicate on one profile attribute, also used for event property filters. */
final class PredicateNode implements Node {
    private final String id;
    private final String name;
    private final AttributeType type;
    private final ValueMatcher matcher;
    private final String description;
    private final Display display;

    PredicateNode(String id, String name, AttributeType type, ValueMatcher matcher, String description,
                  Display display) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.matcher = matcher;
        this.description = description;
        this.display = display;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    @Override
    public boolean test(Profile profile) {
        return matches(profile.value(name), profile, null);
    }

    /**
     * A value of the wrong Java type (a Double in a decimal attribute, say) is a data bug to report, not a
     * "false"; the profile and event (null for a profile attribute) only serve to name it.
     */
    boolean matches(Object value, Profile profile, Event event) {
        try {
            return matcher.matches(value);
        } catch (ClassCastException e) {
            throw new RuleException(id, "'" + name + "' of " + Owners.describe(profile, event) + " holds a "
                    + value.getClass().getSimpleName() + " (" + display.value(value) + "), not a " + type.label()
                    + " value");
        }
    }

    @Override
    public Explanation explain(Profile profile) {
        Object value = profile.value(name);
        boolean outcome = test(profile);
        String actual = value == null ? name + " is missing" : name + " = " + display.value(value);
        return new Explanation(id, description, outcome, actual, matcher.expected(), true, List.of());
    }
}
