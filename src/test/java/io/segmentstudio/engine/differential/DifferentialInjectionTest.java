package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.sql.SqlCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Values never change the SQL text: a random tree and its twin — the same shape with every string
 * (operands, list elements, patterns, event types, segment names) replaced by random text full of
 * quotes, semicolons, comment starts, backslashes and placeholders — compile to identical SQL in every
 * dialect, with the same number of parameters and none of the hostile text in the SQL. (The main run
 * executes such values on the real databases too: they are among the generated profile values.)
 */
class DifferentialInjectionTest {
    private static final List<String> HOSTILE_PIECES = List.of("'", "''", "\"", ";", "--", "/*", "*/", "\\", "\\'",
            "\\\\", "?", "$1", ":name", "%", "_", "`", "\n", "\r", "\u0000", " OR 1=1", "); DROP TABLE profile;",
            "' OR ''='", "\\d", "İΣ", "🎉", "{}", "(?i)", "E'", "U&'", "$$", "[", "]");
    private static final int TREES = Integer.getInteger("segmentstudio.diff.injectionTrees", 1500);

    @Test
    void stringValuesNeverChangeTheSqlText() {
        long base = Seeds.baseSeed();
        System.out.println("Differential injection: base seed " + Seeds.format(base) + ", " + TREES + " trees × "
                + Dialect.values().length + " dialects");
        SqlCompiler compiler = new SqlCompiler(DiffSchema.NAMES);
        int compared = 0;
        for (int i = 0; i < TREES; i++) {
            if (i % TREES_PER_SET == 0) {
                scenario = Scenario.generate(Seeds.setSeed(base, i / TREES_PER_SET));
                values = new ValueIndex(scenario.profiles());
            }
            long caseSeed = Seeds.caseSeed(scenario.setSeed(), i % TREES_PER_SET);
            RandomTrees.Generated plain = new RandomTrees(caseSeed, scenario, values).generate();
            Hostile hostile = new Hostile(new SplittableRandom(caseSeed ^ 0x5DEECE66DL));
            Map<String, Condition> segments = new LinkedHashMap<>();
            plain.segments().forEach((name, rule) -> segments.put(hostile.name(name), hostile.twin(rule)));
            Condition twin = hostile.twin(plain.tree());
            Condition plainRule = new ReferenceExpander(SegmentResolver.of(plain.segments())).expand(plain.tree());
            Condition hostileRule = new ReferenceExpander(SegmentResolver.of(segments)).expand(twin);
            for (Dialect dialect : Dialect.values()) {
                SqlFragment expected = compiler.selectMembers(plainRule, DiffSchema.SCHEMA, scenario.asOf(), dialect);
                SqlFragment actual = compiler.selectMembers(hostileRule, DiffSchema.SCHEMA, scenario.asOf(), dialect);
                String where = "case " + Seeds.format(caseSeed) + " in " + dialect.key();
                assertThat(actual.sql()).as(where).isEqualTo(expected.sql());
                assertThat(actual.params()).as(where).hasSameSizeAs(expected.params());
                for (String value : hostile.used) {
                    assertThat(actual.sql()).as(where).doesNotContain(value);
                }
                compared++;
            }
        }
        System.out.println("Differential injection: " + compared + " SQL texts compared, none changed by a value");
    }

    private static final int TREES_PER_SET = 50;
    private Scenario scenario;
    private ValueIndex values;

    /** Replaces every string of a tree by hostile text, keeping the shape. */
    private static final class Hostile {
        private final SplittableRandom random;
        private final Map<String, String> names = new HashMap<>();
        final List<String> used = new ArrayList<>();

        Hostile(SplittableRandom random) {
            this.random = random;
        }

        /** Random hostile text; a nonce makes each one long and unique, so "not in the SQL" means something. */
        String text() {
            StringBuilder text = new StringBuilder();
            int pieces = 2 + random.nextInt(4);
            for (int i = 0; i < pieces; i++) {
                text.append(HOSTILE_PIECES.get(random.nextInt(HOSTILE_PIECES.size())));
            }
            text.append("#").append(Long.toString(random.nextLong() >>> 1, 36));
            used.add(text.toString());
            return text.toString();
        }

        String name(String segment) {
            return names.computeIfAbsent(segment, s -> text());
        }

        Condition twin(Condition condition) {
            if (condition instanceof Group group) {
                return group.withChildren(group.children().stream().map(this::twin).toList());
            } else if (condition instanceof Predicate predicate) {
                return predicate(predicate);
            } else if (condition instanceof EventCondition event) {
                return new EventCondition(event.id(), text(), event.filters().stream().map(this::predicate).toList(),
                        event.window(), event.count(), event.aggregate(), event.disabled());
            }
            SegmentRef ref = (SegmentRef) condition;
            return new SegmentRef(ref.id(), name(ref.segment()), ref.member(), ref.disabled());
        }

        private Predicate predicate(Predicate predicate) {
            Operand operand = predicate.operand();
            Operand changed = operand;
            if (operand instanceof Operand.Single single && single.value() instanceof Value.Text) {
                changed = new Operand.Single(new Value.Text(text()));
            } else if (operand instanceof Operand.ValueList list) {
                changed = new Operand.ValueList(list.values().stream()
                        .map(v -> v instanceof Value.Text ? (Value) new Value.Text(text()) : v).toList());
            }
            return new Predicate(predicate.id(), predicate.attribute(), predicate.operator(), changed, predicate.text(),
                    predicate.disabled());
        }
    }
}
