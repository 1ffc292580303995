package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.eval.CompiledRule;
import io.segmentstudio.engine.eval.Evaluator;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.format.rqb.RqbReader;
import io.segmentstudio.engine.format.rqb.RqbWriter;
import io.segmentstudio.engine.format.sql.SqlWhereReader;
import io.segmentstudio.engine.format.sql.SqlWhereWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Round trips through the interchange formats over the differential generator's trees: tree → rqb → tree
 * is the same tree, and tree → SQL WHERE (H2) → SqlWhereReader → tree selects the same profiles in the
 * evaluator. Trees are cut down to what each format expresses (what is cut is what the writers refuse,
 * see interchange-rqb-sql.md). Every run draws a fresh base seed, printed with each failure; repeat a run
 * with {@code -Dsegmentstudio.diff.baseSeed=<hex>}. Volume: {@code segmentstudio.interchange.sets} (40)
 * profile sets × {@code segmentstudio.interchange.trees} (100) trees.
 */
class InterchangeRoundTripTest {
    private static final int SETS = Integer.getInteger("segmentstudio.interchange.sets", 40);
    private static final int TREES = Integer.getInteger("segmentstudio.interchange.trees", 100);
    /** Operators that rqb writes and reads back as themselves (ON only on timestamps: on a date it reads back as equals). */
    private static final Set<Operator> RQB_ONE_TO_ONE = EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS_THAN,
            Operator.LESS_OR_EQUAL, Operator.GREATER_THAN, Operator.GREATER_OR_EQUAL, Operator.CONTAINS, Operator.NOT_CONTAINS,
            Operator.STARTS_WITH, Operator.NOT_STARTS_WITH, Operator.ENDS_WITH, Operator.NOT_ENDS_WITH, Operator.IS_NULL,
            Operator.IS_NOT_NULL, Operator.IN, Operator.NOT_IN, Operator.BETWEEN, Operator.NOT_BETWEEN, Operator.BEFORE,
            Operator.AFTER, Operator.ON);
    /** What the SQL reader cannot read back: regular expressions, emptiness, anniversaries, list operators, timestamps. */
    private static final Set<Operator> SQL_UNREADABLE = EnumSet.of(Operator.MATCHES_REGEX, Operator.IS_EMPTY,
            Operator.IS_NOT_EMPTY, Operator.ANNIVERSARY, Operator.CONTAINS_ANY, Operator.CONTAINS_ALL, Operator.CONTAINS_NONE);

    @Test
    void rqbGivesBackTheSameTree() {
        RqbWriter writer = new RqbWriter();
        RqbReader reader = new RqbReader();
        List<String> failures = new ArrayList<>();
        int cases = run("rqb", (scenario, generated) -> {
            Condition tree = expressible(generated, false, (type, op) -> RQB_ONE_TO_ONE.contains(op)
                    && (op != Operator.ON || type == AttributeType.TIMESTAMP));
            ExportedRule exported = writer.write(tree);
            Condition read = reader.read(exported.text(), DiffSchema.SCHEMA).rule();
            Condition expected = tree instanceof Group ? tree : Group.and(((Group) read).id(), List.of(tree));
            if (!read.equals(expected)) {
                failures.add(native_(tree) + "\nrqb:\n" + exported.text() + "read back:\n" + native_(read));
            }
            return failures.size() < 3;
        }, failures);
        assertThat(failures).as("round trips that changed the tree").isEmpty();
        assertThat(cases).isEqualTo(SETS * TREES);
    }

    @Test
    void sqlWhereReadsBackToTheSameMembers() {
        SqlWhereReader reader = new SqlWhereReader();
        Evaluator evaluator = new Evaluator();
        List<String> failures = new ArrayList<>();
        int cases = run("sql", (scenario, generated) -> {
            Condition tree = expressible(generated, true, (type, op) -> !SQL_UNREADABLE.contains(op)
                    && (type != AttributeType.TIMESTAMP && type != AttributeType.STRING_LIST
                    || op == Operator.IS_NULL || op == Operator.IS_NOT_NULL));
            String sql = new SqlWhereWriter(Dialect.H2, DiffSchema.SCHEMA, scenario.asOf()).write(tree).text();
            Condition read;
            try {
                read = reader.read(sql, DiffSchema.SCHEMA).rule();
            } catch (RuntimeException e) {
                failures.add(native_(tree) + "\nSQL:\n" + sql + "\nnot read back: " + e.getMessage());
                return failures.size() < 3;
            }
            SortedSet<String> expected = members(evaluator.compile(tree, DiffSchema.SCHEMA, scenario.asOf()), scenario);
            SortedSet<String> actual = members(evaluator.compile(read, DiffSchema.SCHEMA, scenario.asOf()), scenario);
            if (!expected.equals(actual)) {
                failures.add(native_(tree) + "\nSQL:\n" + sql + "\nread back:\n" + native_(read) + "members " + expected.size()
                        + " vs " + actual.size());
            }
            return failures.size() < 3;
        }, failures);
        assertThat(failures).as("round trips that changed the members").isEmpty();
        assertThat(cases).isEqualTo(SETS * TREES);
    }

    /** One check per generated case; false stops the run. Failures get the case seed prepended. */
    private interface Check {
        boolean test(Scenario scenario, RandomTrees.Generated generated);
    }

    private static int run(String name, Check check, List<String> failures) {
        long base = Seeds.baseSeed();
        System.out.println("Interchange " + name + ": base seed " + Seeds.format(base) + " (repeat with -D"
                + Seeds.BASE_SEED_PROPERTY + "=" + Seeds.format(base) + "), " + SETS + " profile sets × " + TREES + " trees");
        int cases = 0;
        for (int i = 0; i < SETS; i++) {
            int setSeed = Seeds.setSeed(base, i);
            Scenario scenario = Scenario.generate(setSeed);
            ValueIndex values = new ValueIndex(scenario.profiles());
            for (int j = 0; j < TREES; j++) {
                long caseSeed = Seeds.caseSeed(setSeed, j);
                int before = failures.size();
                boolean more = check.test(scenario, new RandomTrees(caseSeed, scenario, values).generate());
                cases++;
                for (int k = before; k < failures.size(); k++) {
                    failures.set(k, "case " + Seeds.format(caseSeed) + " (base seed " + Seeds.format(base) + ", "
                            + scenario.asOf() + "):\n" + failures.get(k));
                }
                if (!more) {
                    return cases;
                }
            }
        }
        return cases;
    }

    /**
     * Disabled nodes dropped and references expanded (ReferenceExpander) or, where ids must stay unique
     * (a segment referenced twice repeats its ids), dropped; then whatever the format cannot say is cut.
     */
    private static Condition expressible(RandomTrees.Generated generated, boolean expand,
                                         BiPredicate<AttributeType, Operator> keep) {
        Condition tree = expand ? new ReferenceExpander(SegmentResolver.of(generated.segments())).expand(generated.tree())
                : generated.tree().disabled() ? Group.and("root", List.of()) : generated.tree();
        Condition pruned = prune(tree, keep);
        return pruned == null ? Group.and("root", List.of()) : pruned;
    }

    private static Condition prune(Condition condition, BiPredicate<AttributeType, Operator> keep) {
        if (condition instanceof Group group) {
            List<Condition> children = new ArrayList<>();
            for (Condition child : group.enabledChildren()) {
                Condition kept = prune(child, keep);
                if (kept != null) {
                    children.add(kept);
                }
            }
            return group.withChildren(children);
        } else if (condition instanceof Predicate predicate) {
            AttributeType type = DiffSchema.ATTRIBUTES.get(predicate.attribute());
            return keep.test(type, predicate.operator()) ? predicate : null;
        }
        return null;
    }

    private static SortedSet<String> members(CompiledRule rule, Scenario scenario) {
        SortedSet<String> members = new TreeSet<>();
        for (Profile profile : scenario.profiles()) {
            if (rule.test(profile)) {
                members.add(profile.key());
            }
        }
        return members;
    }

    private static String native_(Condition tree) {
        return new NativeRuleJson().write(SegmentDefinition.of(tree));
    }
}
