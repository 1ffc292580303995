package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the builder reads from the workspace once, in the background, before it opens: the schema,
 * the event types, and the other segments' current rules (parsed, so the resolver can be shared with
 * the counting thread).
 */
public record BuilderContext(RuleSchema schema, List<String> eventTypes, Map<String, Condition> segments,
                             Map<String, Double> fillRates) {
    public BuilderContext {
        eventTypes = List.copyOf(eventTypes);
        segments = Map.copyOf(segments);
        fillRates = Map.copyOf(fillRates);
    }

    /** The share of profiles holding a value of the attribute, or empty when unknown (an event property). */
    public java.util.OptionalDouble fillRate(String attribute) {
        Double rate = fillRates.get(attribute);
        return rate == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(rate);
    }

    public static BuilderContext read(Workspace workspace, ProgressListener progress) {
        RuleSchema schema = workspace.ruleSchema();
        NativeRuleJson json = new NativeRuleJson();
        Map<String, Condition> segments = new LinkedHashMap<>();
        workspace.segments().currentDefinitions().forEach((name, definition) -> {
            try {
                segments.put(name, json.readRule(definition, schema));
            } catch (RuntimeException e) {
                // a segment whose stored rule no longer reads cannot be referenced; the validator says so
            }
        });
        // event types and fill rates come from the columnar image, which the first count needs anyway
        Map<String, Double> fillRates = new LinkedHashMap<>();
        List<String> eventTypes = workspace.image().read(progress, image -> {
            for (String attribute : schema.attributes().keySet()) {
                fillRates.put(attribute, image.size() == 0 ? 0.0 : (double) image.filled(attribute) / image.size());
            }
            return image.eventTypes();
        });
        return new BuilderContext(schema, eventTypes, segments, fillRates);
    }

    public SegmentResolver resolver() {
        return SegmentResolver.of(segments);
    }
}
