package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.eval.CompiledRule;
import io.segmentstudio.engine.eval.Evaluator;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.format.jsonlogic.JsonLogicEvaluator;
import io.segmentstudio.engine.format.jsonlogic.JsonLogicWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JsonLogic the writer makes, run by {@link JsonLogicEvaluator} on each generated profile as JSON, selects
 * the same profiles as the engine's evaluator. String comparisons are made exact first (JsonLogic has no
 * other). A verdict is exempt, and counted, where the export warned that semantics differ (a blank string
 * for is_empty, contains "" on an empty string, numbers beyond a double's digits) or where the profile holds
 * a number with more than 15 significant digits on an attribute the rule names: JavaScript numbers are
 * doubles, segment numbers exact.
 */
class JsonLogicSemanticCrossCheckTest {
    private static final int SETS = Integer.getInteger("segmentstudio.jsonlogic.sets", 20);
    private static final int TREES = Integer.getInteger("segmentstudio.jsonlogic.trees", 150);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final BigDecimal SAFE_INTEGER = BigDecimal.valueOf((1L << 53) - 1);

    private final JsonLogicWriter writer = new JsonLogicWriter(DiffSchema.SCHEMA);
    private final JsonLogicEvaluator jsonLogic = new JsonLogicEvaluator();
    private final Evaluator engine = new Evaluator();
    private final ObjectMapper mapper = new ObjectMapper().setNodeFactory(NODES);

    @Test
    void jsonLogicAgreesWithTheEngineWhereNoWarningSaysOtherwise() throws Exception {
        long base = Seeds.baseSeed();
        System.out.println("JsonLogic cross-check: base seed " + Seeds.format(base) + " (repeat with -D"
                + Seeds.BASE_SEED_PROPERTY + "=" + Seeds.format(base) + ")");
        List<String> failures = new ArrayList<>();
        long verdicts = 0;
        long exempt = 0;
        long exemptDisagreeing = 0;
        long members = 0;
        for (int i = 0; i < SETS && failures.size() < 3; i++) {
            int setSeed = Seeds.setSeed(base, i);
            Scenario scenario = Scenario.generate(setSeed);
            ValueIndex values = new ValueIndex(scenario.profiles());
            List<JsonNode> data = scenario.profiles().stream().map(JsonLogicSemanticCrossCheckTest::json).toList();
            for (int j = 0; j < TREES && failures.size() < 3; j++) {
                long caseSeed = Seeds.caseSeed(setSeed, j);
                Condition tree = JsonLogicTrees.exact(JsonLogicTrees.restrict(
                        new RandomTrees(caseSeed, scenario, values).generate().tree()));
                ExportedRule exported = writer.write(tree);
                JsonNode rule = mapper.readTree(exported.text());
                boolean warned = exported.warnings().stream().map(FormatWarning::message)
                        .anyMatch(m -> !m.startsWith("disabled") && !m.startsWith("group without"));
                Set<String> numeric = numericAttributes(tree);
                CompiledRule compiled = engine.compile(new ReferenceExpander(SegmentResolver.NONE).expand(tree),
                        DiffSchema.SCHEMA, scenario.asOf());
                for (int k = 0; k < data.size(); k++) {
                    Profile profile = scenario.profiles().get(k);
                    boolean expected = compiled.test(profile);
                    boolean actual = jsonLogic.test(rule, data.get(k));
                    verdicts++;
                    members += expected ? 1 : 0;
                    if (warned || beyondDoubles(profile, numeric)) {
                        exempt++;
                        exemptDisagreeing += expected != actual ? 1 : 0;
                    } else if (expected != actual) {
                        failures.add("case " + Seeds.format(caseSeed) + ", profile " + profile.key() + " " + data.get(k)
                                + ": engine " + expected + ", JsonLogic " + actual + "\nJsonLogic: " + exported.text()
                                + "\nrule: " + new NativeRuleJson().write(SegmentDefinition.of(tree)));
                        break;
                    }
                }
            }
        }
        System.out.println(String.format(Locale.ROOT, "JsonLogic cross-check: %,d verdicts (%d%% members), %,d exempt"
                + " (of which %,d disagree, as the warnings say they may), %d disagreement(s) elsewhere", verdicts,
                verdicts == 0 ? 0 : 100 * members / verdicts, exempt, exemptDisagreeing, failures.size()));
        assertThat(failures).as(() -> String.join("\n\n", failures)).isEmpty();
    }

    /** A profile as JsonLogic data: dates as yyyy-mm-dd text, numbers exact, lists as arrays, missing = absent. */
    static JsonNode json(Profile profile) {
        ObjectNode node = NODES.objectNode();
        profile.values().forEach((name, value) -> {
            if (value instanceof String s) {
                node.put(name, s);
            } else if (value instanceof Long l) {
                node.put(name, l);
            } else if (value instanceof BigDecimal d) {
                node.put(name, d);
            } else if (value instanceof Boolean b) {
                node.put(name, b);
            } else if (value instanceof LocalDate d) {
                node.put(name, d.toString());
            } else if (value instanceof List<?> list) {
                ArrayNode array = node.putArray(name);
                list.forEach(element -> array.add(element == null ? null : element.toString()));
            } else if (value != null) {
                node.put(name, value.toString());
            }
        });
        return node;
    }

    private static boolean beyondDoubles(Profile profile, Set<String> numeric) {
        for (String name : numeric) {
            Object value = profile.value(name);
            BigDecimal number = value instanceof Long l ? BigDecimal.valueOf(l) : value instanceof BigDecimal d ? d : null;
            if (number != null && (number.stripTrailingZeros().precision() > 15 || number.abs().compareTo(SAFE_INTEGER) > 0)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> numericAttributes(Condition tree) {
        Set<String> names = new HashSet<>();
        collect(tree, names);
        return names;
    }

    private static void collect(Condition node, Set<String> names) {
        if (node instanceof Group group) {
            group.children().forEach(child -> collect(child, names));
        } else if (node instanceof Predicate p) {
            var type = JsonLogicTrees.type(p);
            if (type == io.segmentstudio.domain.AttributeType.INTEGER || type == io.segmentstudio.domain.AttributeType.DECIMAL) {
                names.add(p.attribute());
            }
        }
    }
}
