package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ComputedAttribute.Kind;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.ComputedValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Computed attributes over the differential profile sets: every kind, on each numeric property, first
 * and last values of every single-valued property, rates of one type per another (and per itself), each
 * over all time and over windows of every shape {@link RandomTrees#window()} draws (last N days, weeks
 * or months, between, before, after dates).
 */
final class ComputedDefinitions {
    /** Kind, property (or the denominator's type for a rate). */
    private static final List<String[]> SPECS = List.of(
            new String[] {"days_since_last", null}, new String[] {"days_since_last", null},
            new String[] {"count", null}, new String[] {"count", null},
            new String[] {"sum", "amount"}, new String[] {"sum", "qty"},
            new String[] {"min", "amount"}, new String[] {"min", "qty"},
            new String[] {"max", "amount"}, new String[] {"max", "qty"},
            new String[] {"avg", "amount"}, new String[] {"avg", "qty"}, new String[] {"avg", "amount"},
            new String[] {"rate", "view"}, new String[] {"rate", "purchase"}, new String[] {"rate", "email open"},
            new String[] {"first_value", "amount"}, new String[] {"first_value", "qty"},
            new String[] {"first_value", "category"}, new String[] {"first_value", "coupon"},
            new String[] {"first_value", "ship_date"}, new String[] {"first_value", "paid_at"},
            new String[] {"last_value", "amount"}, new String[] {"last_value", "qty"},
            new String[] {"last_value", "category"}, new String[] {"last_value", "coupon"},
            new String[] {"last_value", "ship_date"}, new String[] {"last_value", "paid_at"});
    static final int WINDOWS_PER_SPEC = 3;

    private final List<ComputedAttribute> attributes;
    private final Map<String, AttributeType> types = new LinkedHashMap<>();

    /** Each spec over all time and over two drawn windows; event types drawn from {@link DiffSchema#EVENT_TYPES}. */
    ComputedDefinitions(SplittableRandom random, RandomTrees windows) {
        List<ComputedAttribute> defined = new ArrayList<>();
        for (int s = 0; s < SPECS.size(); s++) {
            Kind kind = Kind.fromKey(SPECS.get(s)[0]).orElseThrow();
            String second = SPECS.get(s)[1];
            for (int w = 0; w < WINDOWS_PER_SPEC; w++) {
                TimeWindow window = w == 0 ? TimeWindow.EVER : windows.window();
                String type = DiffSchema.EVENT_TYPES.get(random.nextInt(DiffSchema.EVENT_TYPES.size()));
                ComputedAttribute attribute = new ComputedAttribute("c" + s + "_" + kind.key() + "_w" + w, kind, type,
                        kind == Kind.RATE ? null : second, window, kind == Kind.RATE ? second : null);
                defined.add(attribute);
                types.put(attribute.name(), kind.type().orElseGet(() -> DiffSchema.PROPERTIES.get(second)));
            }
        }
        attributes = List.copyOf(defined);
    }

    List<ComputedAttribute> attributes() {
        return attributes;
    }

    /** Attribute name → type, as the workspace catalogues a computed attribute. */
    Map<String, AttributeType> types() {
        return types;
    }

    /** The differential schema plus the computed attributes. */
    RuleSchema schema() {
        List<Attribute> all = new ArrayList<>(DiffSchema.SCHEMA.attributes().values());
        types.forEach((name, type) -> all.add(new Attribute(name, type, "", "computed", false)));
        return RuleSchema.of(all, DiffSchema.SCHEMA.eventProperties().values());
    }

    /** The profiles with their computed values as of the instant, as the workspace stores them. */
    List<Profile> withValues(List<Profile> profiles, AsOf asOf) {
        ComputedValues values = new ComputedValues(asOf);
        List<Profile> computed = new ArrayList<>(profiles.size());
        for (Profile profile : profiles) {
            Map<String, Object> all = new HashMap<>(profile.values());
            for (ComputedAttribute attribute : attributes) {
                Object value = values.compute(attribute, profile.events());
                if (value != null) {
                    all.put(attribute.name(), value);
                }
            }
            computed.add(new Profile(profile.key(), all, profile.events()));
        }
        return computed;
    }
}
