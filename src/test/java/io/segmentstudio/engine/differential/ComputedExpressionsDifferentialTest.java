package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentDefinition;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.eval.CompiledRule;
import io.segmentstudio.engine.eval.Evaluator;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.sql.SqlCompiler;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Computed attributes written as SQL over the event table mean what their stored values mean. For
 * random profile sets of {@link Scenario} (every other one in Europe/Berlin, the others in a drawn zone;
 * as-of days and timestamps around daylight-saving changes, missing properties) and the attributes of {@link ComputedDefinitions}
 * (every kind, every window shape), it checks that
 * <ul>
 *   <li>random rules over the computed attributes (comparisons, between, in, is missing, text and date
 *   operators on first and last values; negated, and/or) select the same members in the evaluator over
 *   the values of {@link io.segmentstudio.engine.ComputedValues} and in H2, PostgreSQL (when configured)
 *   and DuckDB compiled with the expressions — the tables have no computed column to fall back on;</li>
 *   <li>each expression's value, selected per profile in every database, is the computed value: exactly,
 *   except averages and rates, whose SQL value is the database's quotient — H2's, rounded as stored, must
 *   give the stored value, PostgreSQL's and DuckDB's be within 10^-14 of it, relatively (their
 *   comparisons, exact, are proven by the rules).</li>
 * </ul>
 * A run prints its base seed; repeat it with {@code -Dsegmentstudio.diff.baseSeed=<hex>}. Volume:
 * {@code segmentstudio.computed.sets} profile sets × {@code segmentstudio.computed.rules} rules.
 *
 * <p>Decimal operands are 0 or at least 0.01 with at most 17 decimal places: DuckDB's decimals have 38
 * digits, so a comparison of a sum near 10^20 with a finer bound stops with an out-of-range error there
 * (never a wrong answer); engine.md says so.
 */
class ComputedExpressionsDifferentialTest {
    private static final int SETS = Integer.getInteger("segmentstudio.computed.sets", 8);
    private static final int RULES = Integer.getInteger("segmentstudio.computed.rules", 150);
    private static final int STOP_AFTER = 10;
    private static final BigDecimal SMALLEST_OPERAND = new BigDecimal("0.01");
    private static final NativeRuleJson JSON = new NativeRuleJson();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BigDecimal RELATIVE = new BigDecimal("1E-14");

    private final List<String> failures = new ArrayList<>();
    private long ruleCases;
    private long verdicts;
    private long discriminating;
    private long valueChecks;

    @Test
    void expressionsOverTheEventsAgreeWithTheStoredValues() throws Exception {
        long base = Seeds.baseSeed();
        System.out.println("Computed expressions: base seed " + Seeds.format(base) + " (repeat with -D"
                + Seeds.BASE_SEED_PROPERTY + "=" + Seeds.format(base) + "), " + SETS + " profile sets × " + RULES + " rules");
        List<String> zones = new ArrayList<>();
        int databases;
        try (DifferentialHarness harness = DifferentialHarness.open()) {
            databases = harness.databases().size();
            for (int i = 0; i < SETS && failures.size() < STOP_AFTER; i++) {
                int setSeed = Seeds.setSeed(base, i);
                // Every other set in Berlin: daylight saving on both sides of the as-of day.
                Scenario scenario = Scenario.generate(setSeed, i % 2 == 0 ? BERLIN : null);
                zones.add(scenario.asOf().zone().getId());
                SplittableRandom random = new SplittableRandom(Seeds.mix(setSeed + 0x5EEDL));
                ComputedDefinitions definitions = new ComputedDefinitions(random,
                        new RandomTrees(Seeds.caseSeed(setSeed, 0), scenario, new ValueIndex(scenario.profiles())));
                List<Profile> profiles = definitions.withValues(scenario.profiles(), scenario.asOf());
                harness.load(scenario);
                try {
                    checkSet(harness, scenario, definitions, profiles);
                } finally {
                    harness.restoreJvmDefaults();
                }
            }
        }
        System.out.println(String.format(Locale.ROOT, "Computed expressions: %d rule cases, %,d member verdicts compared"
                        + " (%d%% of cases neither empty nor everyone), %,d values compared, workspace zones %s,"
                        + " databases %d; %d failure(s); base seed %s", ruleCases, verdicts,
                ruleCases == 0 ? 0 : 100 * discriminating / ruleCases, valueChecks, zones,
                databases, failures.size(), Seeds.format(base)));
        assertThat(failures).as(() -> failures.size() + " failure(s), the first ones (base seed " + Seeds.format(base)
                + "):\n" + failures.stream().limit(3).collect(Collectors.joining("\n"))).isEmpty();
    }

    private void checkSet(DifferentialHarness harness, Scenario scenario, ComputedDefinitions definitions,
                          List<Profile> profiles) throws SQLException {
        RuleSchema schema = definitions.schema();
        SqlCompiler compiler = new SqlCompiler(DiffSchema.NAMES).withComputedExpressions(definitions.attributes());
        for (SqlBackend database : harness.databases()) {
            for (ComputedAttribute attribute : definitions.attributes()) {
                checkValues(database, compiler, schema, scenario, attribute, definitions.types().get(attribute.name()),
                        profiles);
            }
        }
        ValueIndex values = new ValueIndex(profiles);
        for (int j = 0; j < RULES && failures.size() < STOP_AFTER; j++) {
            long caseSeed = Seeds.caseSeed(scenario.setSeed(), j + 1);
            Condition rule = rule(caseSeed, new RandomTrees(caseSeed, scenario, values), definitions.types());
            checkRule(harness, compiler, schema, scenario, profiles, rule, caseSeed);
        }
    }

    /** One to three predicates on computed attributes, and-ed or or-ed, now and then negated. */
    private static Condition rule(long caseSeed, RandomTrees trees, Map<String, AttributeType> types) {
        SplittableRandom random = new SplittableRandom(Seeds.mix(caseSeed));
        int count = 1 + random.nextInt(3);
        List<Condition> children = new ArrayList<>();
        while (children.size() < count) {
            Predicate predicate = trees.predicate(types, false);
            if (duckDbSafe(predicate)) {
                children.add(predicate);
            }
        }
        return new Group("root", random.nextBoolean() ? Combinator.AND : Combinator.OR, random.nextInt(4) == 0,
                false, children);
    }

    /** Decimal operands DuckDB's 38-digit decimals compare with every sum of the sets (see above). */
    private static boolean duckDbSafe(Predicate predicate) {
        List<Value> values = List.of();
        if (predicate.operand() instanceof Operand.Single single) {
            values = List.of(single.value());
        } else if (predicate.operand() instanceof Operand.Range range) {
            values = List.of(range.low(), range.high());
        } else if (predicate.operand() instanceof Operand.ValueList list) {
            values = list.values();
        }
        return values.stream().allMatch(value -> !(value instanceof Value.Dec dec) || dec.value().signum() == 0
                || (dec.value().abs().compareTo(SMALLEST_OPERAND) >= 0 && dec.value().scale() <= 17));
    }

    private void checkRule(DifferentialHarness harness, SqlCompiler compiler, RuleSchema schema, Scenario scenario,
                           List<Profile> profiles, Condition rule, long caseSeed) {
        ruleCases++;
        CompiledRule compiled = new Evaluator().compile(rule, schema, scenario.asOf());
        SortedSet<String> expected = new TreeSet<>();
        profiles.stream().filter(compiled::test).forEach(profile -> expected.add(profile.key()));
        if (!expected.isEmpty() && expected.size() < profiles.size()) {
            discriminating++;
        }
        for (SqlBackend database : harness.databases()) {
            SqlFragment sql = compiler.selectMembers(rule, schema, scenario.asOf(), database.dialect());
            Object actual;
            try {
                actual = database.run(sql);
            } catch (SQLException | RuntimeException e) {
                actual = e;
            }
            verdicts += profiles.size();
            if (!expected.equals(actual)) {
                failures.add(report(database, scenario, profiles, rule, caseSeed, expected, actual, sql));
            }
        }
    }

    private void checkValues(SqlBackend database, SqlCompiler compiler, RuleSchema schema, Scenario scenario,
                             ComputedAttribute attribute, AttributeType type, List<Profile> profiles) throws SQLException {
        boolean quotient = attribute.kind() == ComputedAttribute.Kind.AVG || attribute.kind() == ComputedAttribute.Kind.RATE;
        // H2 divides with 40 digits: rounded as stored, its quotient is the stored value. PostgreSQL's NUMERIC
        // (at least 16 digits) and DuckDB's DOUBLE quotients must be within 10^-14 of it, relatively.
        boolean exactQuotient = database.dialect() == Dialect.H2;
        SqlFragment value = compiler.computedValue(attribute, schema, scenario.asOf(), database.dialect());
        // DuckDB's driver reads a TIMESTAMPTZ through the JVM's zone, an hour off next to a DST change there.
        boolean micros = type == AttributeType.TIMESTAMP && database.dialect() == Dialect.DUCKDB;
        SqlFragment select = new SqlFragment("SELECT p.profile_key, " + (micros ? "epoch_us(" + value.sql() + ")"
                : value.sql()) + " FROM profile p", value.params());
        Map<String, Object> actual = new HashMap<>();
        database.query(select, row -> actual.put(row.getString(1), micros ? instant(row) : read(row, type)));
        for (Profile profile : profiles) {
            valueChecks++;
            Object expected = profile.value(attribute.name());
            Object found = actual.get(profile.key());
            if (quotient && found != null && exactQuotient) {
                found = ((BigDecimal) found).round(MathContext.DECIMAL64);
            }
            boolean close = quotient && !exactQuotient && expected != null && found != null && ((BigDecimal) found)
                    .subtract((BigDecimal) expected).abs().compareTo(((BigDecimal) expected).abs().multiply(RELATIVE)) <= 0;
            if (!close && !same(expected, found)) {
                failures.add("\n=== " + database.name() + " value of " + attribute + " for " + profile.key() + ": expected "
                        + Show.value(expected, scenario.asOf()) + ", SQL gave " + Show.value(found, scenario.asOf())
                        + "\n" + scenario.describe() + "\n" + Show.profile(profile, scenario.asOf()) + Show.sql(select));
                return;
            }
        }
    }

    /** The value as the evaluator holds its type: numbers as BigDecimal, days, instants, text, flags. */
    private static Object read(ResultSet row, AttributeType type) throws SQLException {
        Object value = switch (type) {
            case DATE -> row.getObject(2, LocalDate.class);
            case TIMESTAMP -> {
                OffsetDateTime at = row.getObject(2, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
            case STRING -> row.getString(2);
            case BOOLEAN -> row.getObject(2, Boolean.class);
            default -> number(row.getObject(2));
        };
        return row.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet row) throws SQLException {
        long micros = row.getLong(2);
        return row.wasNull() ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static BigDecimal number(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        } else if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        } else if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return new BigDecimal(value.toString());
    }

    private static boolean same(Object expected, Object found) {
        if (expected instanceof Number || found instanceof Number) {
            return expected != null && found != null && number(expected).compareTo(number(found)) == 0;
        }
        return Objects.equals(expected, found);
    }

    private static String report(SqlBackend database, Scenario scenario, List<Profile> profiles, Condition rule,
                                 long caseSeed, SortedSet<String> expected, Object actual, SqlFragment sql) {
        StringBuilder text = new StringBuilder("\n=== ").append(database.name()).append(" disagrees with the evaluator on case ")
                .append(Seeds.format(caseSeed)).append('\n').append(scenario.describe()).append('\n')
                .append("evaluator: ").append(expected.size()).append(" members; ").append(database.name()).append(": ")
                .append(actual instanceof SortedSet<?> keys ? keys.size() + " members" : "ERROR " + actual).append('\n')
                .append(JSON.write(SegmentDefinition.of(rule)));
        if (actual instanceof SortedSet<?> keys) {
            profiles.stream().filter(p -> expected.contains(p.key()) != keys.contains(p.key())).findFirst()
                    .ifPresent(p -> {
                        text.append("First differing profile (evaluator ").append(expected.contains(p.key()) ? "IN" : "OUT")
                                .append("):\n").append(Show.profile(p, scenario.asOf()));
                        p.values().forEach((name, value) -> {
                            if (!DiffSchema.ATTRIBUTES.containsKey(name)) {
                                text.append("    ").append(name).append(" = ").append(Show.value(value, scenario.asOf()))
                                        .append('\n');
                            }
                        });
                    });
        }
        return text.append(Show.sql(sql)).toString();
    }
}
