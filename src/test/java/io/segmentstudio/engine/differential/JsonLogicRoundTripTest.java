package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.format.jsonlogic.JsonLogicReader;
import io.segmentstudio.engine.format.jsonlogic.JsonLogicWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * tree → JsonLogic → tree gives the same tree, for every tree the differential generator makes, cut
 * down to what JsonLogic can express ({@link JsonLogicTrees#restrict}), in the normal form of
 * {@link JsonLogicTrees#roundTripForm} (ids are not carried; see interchange-jsonlogic.md). Seeded like
 * the differential tests: {@code -Dsegmentstudio.diff.baseSeed=<hex>} repeats a run, and a failure
 * prints the case seed.
 */
class JsonLogicRoundTripTest {
    private static final int SETS = Integer.getInteger("segmentstudio.jsonlogic.sets", 20);
    private static final int TREES = Integer.getInteger("segmentstudio.jsonlogic.trees", 150);

    private final JsonLogicWriter writer = new JsonLogicWriter(DiffSchema.SCHEMA);
    private final JsonLogicWriter schemaless = new JsonLogicWriter();
    private final JsonLogicReader reader = new JsonLogicReader();

    @Test
    void everyExpressibleGeneratedTreeComesBackIdentical() {
        long base = Seeds.baseSeed();
        System.out.println("JsonLogic round trip: base seed " + Seeds.format(base) + " (repeat with -D"
                + Seeds.BASE_SEED_PROPERTY + "=" + Seeds.format(base) + "), " + SETS + " profile sets × " + TREES + " trees");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int predicates = 0;
        for (int i = 0; i < SETS && failures.size() < 5; i++) {
            int setSeed = Seeds.setSeed(base, i);
            Scenario scenario = Scenario.generate(setSeed);
            ValueIndex values = new ValueIndex(scenario.profiles());
            for (int j = 0; j < TREES && failures.size() < 5; j++) {
                long caseSeed = Seeds.caseSeed(setSeed, j);
                Condition tree = JsonLogicTrees.restrict(new RandomTrees(caseSeed, scenario, values).generate().tree());
                cases++;
                predicates += JsonLogicTrees.inexactTextIds(tree).size();
                String failure = check(tree);
                if (failure != null) {
                    failures.add("case " + Seeds.format(caseSeed) + ": " + failure);
                }
            }
        }
        System.out.println("JsonLogic round trip: " + cases + " trees, " + failures.size() + " failure(s); "
                + predicates + " inexact string comparisons exported with a warning");
        assertThat(failures).as(() -> String.join("\n\n", failures)).isEmpty();
        assertThat(cases).isGreaterThanOrEqualTo(Math.min(1000, SETS * TREES));
    }

    /** Null when the round trip holds, otherwise what differs. */
    private String check(Condition tree) {
        String source = new NativeRuleJson().write(SegmentDefinition.of(tree));
        ExportedRule exported;
        try {
            exported = writer.write(tree);
        } catch (RuntimeException e) {
            return "export failed: " + e.getMessage() + "\n" + source;
        }
        if (!schemaless.write(tree).text().equals(exported.text())) {
            return "the writer without the catalog wrote other JsonLogic\n" + source;
        }
        ImportedRule imported;
        try {
            imported = reader.read(exported.text(), DiffSchema.SCHEMA);
        } catch (RuntimeException e) {
            return "import failed: " + e.getMessage() + "\nJsonLogic: " + exported.text() + "\n" + source;
        }
        Condition expected = JsonLogicTrees.roundTripForm(tree);
        if (!imported.rule().equals(expected)) {
            return "differs\nJsonLogic: " + exported.text() + "\nexpected: "
                    + new NativeRuleJson().write(SegmentDefinition.of(expected)) + "read back: "
                    + new NativeRuleJson().write(SegmentDefinition.of(imported.rule()));
        }
        Set<String> warned = exported.warnings().stream().map(FormatWarning::path).collect(Collectors.toSet());
        List<String> unwarned = JsonLogicTrees.inexactTextIds(tree).stream().filter(id -> !warned.contains(id)).toList();
        if (!unwarned.isEmpty()) {
            return "text options of " + unwarned + " were lost without a warning\n" + source;
        }
        return null;
    }
}
