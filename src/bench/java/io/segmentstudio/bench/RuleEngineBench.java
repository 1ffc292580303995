package io.segmentstudio.bench;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.eval.CompiledRule;
import io.segmentstudio.engine.eval.Evaluator;
import io.segmentstudio.engine.sql.SqlCompiler;
import io.segmentstudio.workspace.ProfileRows;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Issue 3's figures: a 5-condition segment counted over N generated profiles through H2 (with and
 * without an index on the most selective column) and through the in-memory evaluator, and 100 segments
 * evaluated against one profile with 200 events. Prints medians of repeated runs.
 * Run: {@code mvn -B -q -Pbench exec:java -Dbench.profiles=1000000}.
 */
public final class RuleEngineBench {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant AS_OF = Instant.parse("2026-11-01T12:00:00Z");
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "AT", "CA"};
    private static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("country", AttributeType.STRING, "", "bench", false),
            new Attribute("age", AttributeType.INTEGER, "", "bench", false),
            new Attribute("average_order_value", AttributeType.DECIMAL, "", "bench", false),
            new Attribute("last_purchase_date", AttributeType.DATE, "", "bench", false),
            new Attribute("email_consent", AttributeType.BOOLEAN, "", "bench", false));
    private static final List<Attribute> PROPERTIES = List.of(
            new Attribute("amount", AttributeType.DECIMAL, "", "event", false),
            new Attribute("category", AttributeType.STRING, "", "event", false));
    private static final RuleSchema SCHEMA = RuleSchema.of(ATTRIBUTES, PROPERTIES);

    private RuleEngineBench() {
    }

    public static void main(String[] args) throws Exception {
        int profiles = Integer.getInteger("bench.profiles", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 7);
        Condition rule = fiveConditions();
        AsOf asOf = new AsOf(AS_OF, ZONE);
        Path dir = Files.createTempDirectory("rule-bench");
        System.out.printf("Rule engine bench: %,d profiles, %d runs, median reported%n", profiles, runs);

        List<Profile> inMemory = new ArrayList<>(profiles);
        try (Workspace workspace = Workspace.create(dir.resolve("bench"), ZONE)) {
            long t0 = System.nanoTime();
            load(workspace, profiles, inMemory);
            System.out.printf("  load into H2: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            SqlFragment count = new SqlCompiler().count(rule, SCHEMA, asOf, Dialect.H2);
            double noIndex = median(runs, () -> h2Count(workspace, count));
            workspace.jdbi().useHandle(h -> h.execute("CREATE INDEX profile_aov ON profile (\"a_average_order_value\")"));
            double withIndex = median(runs, () -> h2Count(workspace, count));
            CompiledRule compiled = new Evaluator().compile(rule, SCHEMA, asOf);
            long members = inMemory.stream().filter(compiled).count();
            double memory = median(runs, () -> inMemory.stream().filter(compiled).count());
            System.out.printf("  members: %,d (H2 agrees: %s)%n", members, h2Count(workspace, count) == members);
            System.out.printf("  5-condition count, H2 SQL, no index:                 %8.1f ms%n", noIndex);
            System.out.printf("  5-condition count, H2 SQL, index on average_order_value: %4.1f ms%n", withIndex);
            System.out.printf("  5-condition count, in-memory evaluator (Profile objects): %.1f ms%n", memory);
        }
        hundredSegmentsOneProfile(runs);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** country in 3 of 10, age between 25 and 54, AOV > 120, purchase in the last 90 days, consent. */
    static Condition fiveConditions() {
        return Group.and("r", List.of(
                new Predicate("c1", "country", Operator.IN, new Operand.ValueList(List.of(new Value.Text("DE"),
                        new Value.Text("AT"), new Value.Text("NL")))),
                new Predicate("c2", "age", Operator.BETWEEN, new Operand.Range(new Value.Int(25), new Value.Int(54))),
                new Predicate("c3", "average_order_value", Operator.GREATER_THAN,
                        new Operand.Single(new Value.Dec(new BigDecimal("120")))),
                new Predicate("c4", "last_purchase_date", Operator.IN_LAST, new Operand.Relative(90, TimeUnit.DAYS)),
                new Predicate("c5", "email_consent", Operator.IS_TRUE, Operand.NONE)));
    }

    private static void load(Workspace workspace, int profiles, List<Profile> inMemory) {
        ATTRIBUTES.forEach(workspace.attributes()::add);
        SplittableRandom random = new SplittableRandom(42);
        LocalDate today = LocalDate.of(2026, 11, 1);
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, ATTRIBUTES, false)) {
                for (int i = 0; i < profiles; i++) {
                    String country = random.nextInt(20) == 0 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
                    Long age = random.nextInt(10) == 0 ? null : 18L + random.nextInt(70);
                    BigDecimal aov = BigDecimal.valueOf(random.nextInt(40_000), 2);
                    LocalDate last = random.nextInt(4) == 0 ? null : today.minusDays(random.nextInt(1000));
                    Boolean consent = random.nextInt(3) != 0;
                    Object[] values = {country, age, aov, last, consent};
                    rows.add("p" + i, values);
                    Map<String, Object> map = new HashMap<>();
                    for (int a = 0; a < values.length; a++) {
                        if (values[a] != null) {
                            map.put(ATTRIBUTES.get(a).name(), values[a]);
                        }
                    }
                    inMemory.add(new Profile("p" + i, map, List.of()));
                }
            }
        });
    }

    private static long h2Count(Workspace workspace, SqlFragment count) {
        return workspace.jdbi().withHandle(handle -> {
            try (PreparedStatement statement = handle.getConnection().prepareStatement(count.sql())) {
                for (int i = 0; i < count.params().size(); i++) {
                    statement.setObject(i + 1, count.params().get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** 100 different segments (attribute and event conditions) against one profile with 200 events. */
    private static void hundredSegmentsOneProfile(int runs) {
        SplittableRandom random = new SplittableRandom(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(new Event(i % 4 == 0 ? "purchase" : "page_view", AS_OF.minusSeconds(random.nextInt(86_400 * 365)),
                    Map.of("amount", BigDecimal.valueOf(random.nextInt(50_000), 2),
                            "category", i % 3 == 0 ? "shoes" : "books")));
        }
        Profile profile = new Profile("p", Map.of("country", "DE", "age", 41L, "average_order_value",
                new BigDecimal("150.00"), "last_purchase_date", LocalDate.of(2026, 10, 20), "email_consent", true), events);
        AsOf asOf = new AsOf(AS_OF, ZONE);
        List<CompiledRule> segments = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Condition eventCondition = new EventCondition("e" + i, i % 2 == 0 ? "purchase" : "page_view",
                    List.of(new Predicate("f" + i, "category", Operator.EQUALS, new Operand.Single(new Value.Text(
                            i % 3 == 0 ? "shoes" : "books")))), new TimeWindow.Last(7 + i, TimeUnit.DAYS),
                    new Comparison(Comparison.Op.AT_LEAST, BigDecimal.valueOf(1 + i % 5), null),
                    i % 4 == 0 ? Optional.of(new EventCondition.Aggregate(EventCondition.Function.SUM, "amount",
                            new Comparison(Comparison.Op.AT_LEAST, BigDecimal.valueOf(100 + i), null)))
                            : Optional.empty(), false);
            Condition rule = Group.and("r" + i, List.of(fiveConditions(), eventCondition));
            segments.add(new Evaluator().compile(rule, SCHEMA, asOf));
        }
        int[] members = new int[1];
        double ms = median(runs, () -> {
            int n = 0;
            for (int repeat = 0; repeat < 1_000; repeat++) {
                for (CompiledRule segment : segments) {
                    n += segment.test(profile) ? 1 : 0;
                }
            }
            members[0] = n / 1_000;
            return n;
        });
        System.out.printf("  100 segments x 1 profile with 200 events, in memory: %.1f µs per profile (%d members)%n",
                ms * 1_000 / 1_000, members[0]);
    }

    /** Median wall time in milliseconds of {@code runs} runs after two warm-up runs. */
    private static double median(int runs, java.util.function.LongSupplier work) {
        work.getAsLong();
        work.getAsLong();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.getAsLong();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
