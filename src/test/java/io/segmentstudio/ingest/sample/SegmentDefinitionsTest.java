package io.segmentstudio.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentstudio.domain.Attribute;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards the demo segments against drifting from the generated data and the native rule format. */
class SegmentDefinitionsTest {
    private static final Set<String> OPERATORS = Set.of("equals", "not_equals", "in", "not_in", "greater_than",
            "greater_or_equal", "less_than", "less_or_equal", "between", "is_null", "is_not_null", "is_true",
            "is_false", "in_last", "more_than_ago", "contains");

    private final List<NewSegment> segments = SegmentDefinitions.load();

    @Test
    void loadsTheIndexedSegmentsInOrder() {
        assertThat(segments).extracting(NewSegment::name).containsExactly("VIP", "High-Value Customers",
                "Churn Risk", "Newsletter Engaged", "Window Shoppers", "Lapsed VIP", "Germany & Austria");
        assertThat(segments).allSatisfy(segment -> {
            assertThat(segment.description()).isNotBlank();
            assertThat(segment.folder()).isNotBlank();
            assertThat(segment.tags()).isNotEmpty();
        });
    }

    @Test
    void rulesUseOnlyKnownOperatorsAttributesEventTypesAndEarlierSegments() throws Exception {
        Set<String> attributes = RetailCatalog.profileAttributes().stream().map(Attribute::name)
                .collect(Collectors.toSet());
        Set<String> eventTypes = Arrays.stream(SampleEvent.Type.values()).map(SampleEvent.Type::wireName)
                .collect(Collectors.toSet());
        List<String> earlier = new ArrayList<>();
        for (NewSegment segment : segments) {
            JsonNode definition = new ObjectMapper().readTree(segment.definitionJson());
            assertThat(definition.path("format").asText()).isEqualTo("segment-studio.segment");
            assertThat(definition.path("formatVersion").asInt()).isEqualTo(1);
            assertThat(definition.path("name").asText()).isEqualTo(segment.name());
            List<JsonNode> nodes = new ArrayList<>();
            collect(definition.path("rule"), nodes);
            assertThat(nodes).isNotEmpty().allSatisfy(node -> {
                switch (node.path("type").asText()) {
                    case "group" -> {
                        assertThat(node.path("combinator").asText()).isIn("and", "or");
                        assertThat(node.path("children").isArray()).isTrue();
                    }
                    case "predicate" -> {
                        assertThat(node.path("attribute").asText()).isIn(attributes);
                        assertThat(node.path("operator").asText()).isIn(OPERATORS);
                    }
                    case "event" -> assertThat(node.path("eventType").asText()).isIn(eventTypes);
                    case "segment" -> assertThat(node.path("segment").asText()).isIn(earlier);
                    default -> throw new AssertionError("Unknown node type in " + segment.name() + ": " + node);
                }
            });
            earlier.add(segment.name());
        }
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        nodes.add(node);
        node.path("children").forEach(child -> collect(child, nodes));
    }
}
