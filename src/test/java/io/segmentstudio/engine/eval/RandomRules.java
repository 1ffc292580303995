package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded generators of profiles and rules over {@link EvalFixtures#SCHEMA}, biased towards the edges
 * semantics.md talks about: missing values, blanks, case and Unicode variants, DST days, 29 February,
 * month ends, window boundaries, decimals with different scales.
 */
final class RandomRules {
    private static final Instant AS_OF = EvalFixtures.AS_OF.instant();

    private static final List<String> TEXTS = Arrays.asList(null, "", " ", "   ", "de", "DE", " de ", "De ", "\tde",
            "de\u00A0", "fr", "Zoë", "ZOË", "zoë", "100%", "a_b", "a\\b", "İstanbul", "istanbul", "ΟΔΟΣ", "x-FR", "abc");
    private static final List<List<String>> LISTS = Arrays.asList(null, List.of(), List.of(""), List.of("vip"),
            List.of("VIP", " gold "), List.of("silver"), Arrays.asList(null, "gold"), List.of("a", "B", "zoë"));
    private static final List<Object> INTEGERS = Arrays.asList(null, 0L, -1L, 17L, 18L, 30L, 31L, Long.MAX_VALUE,
            Long.MIN_VALUE, new BigDecimal("30.0"), new BigDecimal("18"));
    private static final List<Object> DECIMALS = Arrays.asList(null, dec("19.9"), dec("19.90"), dec("0"), dec("-0.00"),
            dec("2.5"), dec("2.50"), dec("1E+2"), 20L, 10L, dec("20.5"), dec("0.30000000000000001"));
    private static final List<Boolean> FLAGS = Arrays.asList(null, true, false);
    private static final List<LocalDate> DATES = Arrays.asList(null, day("2026-10-15"), day("2026-10-14"),
            day("2026-10-16"), day("2026-09-15"), day("2026-09-14"), day("2026-02-28"), day("2000-02-29"),
            day("2026-03-29"), day("2026-10-25"), day("2026-03-31"), day("1990-10-15"), day("2026-10-22"));
    private static final List<Instant> INSTANTS = Arrays.asList(null, at("2026-03-28T23:00:00Z"),
            at("2026-03-28T22:59:59Z"), at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z"), AS_OF,
            AS_OF.plusNanos(1), AS_OF.minusNanos(1), at("2026-10-14T22:00:00Z"), at("2026-10-15T22:00:00Z"),
            at("2000-02-28T23:30:00Z"), at("2020-10-15T09:00:00Z"));

    private static final Map<String, AttributeType> ATTRIBUTES = Map.of("name", AttributeType.STRING,
            "tags", AttributeType.STRING_LIST, "age", AttributeType.INTEGER, "balance", AttributeType.DECIMAL,
            "vip", AttributeType.BOOLEAN, "birthday", AttributeType.DATE, "last_seen", AttributeType.TIMESTAMP);
    private static final List<String> NAMES = ATTRIBUTES.keySet().stream().sorted().toList();
    private static final List<TextOptions> TEXT_OPTIONS = List.of(TextOptions.DEFAULT, TextOptions.EXACT,
            new TextOptions(true, true), new TextOptions(false, false));

    private final Random random;
    private int nextId;

    RandomRules(long seed) {
        this.random = new Random(seed);
    }

    static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    List<Profile> profiles(int count) {
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            profiles.add(profile("p" + i));
        }
        return profiles;
    }

    private Profile profile(String key) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", pick(TEXTS));
        values.put("tags", pick(LISTS));
        values.put("age", pick(INTEGERS));
        values.put("balance", pick(DECIMALS));
        values.put("vip", pick(FLAGS));
        values.put("birthday", pick(DATES));
        values.put("last_seen", random.nextBoolean() ? pick(INSTANTS) : aroundAsOf());
        if (random.nextInt(4) == 0) {
            values.remove(pick(NAMES));
        }
        List<Event> events = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            events.add(event());
        }
        return new Profile(key, values, events);
    }

    private Event event() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("amount", pick(DECIMALS));
        properties.put("qty", pick(INTEGERS));
        properties.put("category", pick(TEXTS));
        properties.put("coupon", pick(FLAGS));
        return new Event(random.nextInt(3) == 0 ? "view" : "purchase", random.nextBoolean() ? aroundAsOf()
                : pick(INSTANTS.subList(1, INSTANTS.size())), properties);
    }

    /** Within 40 days before and 2 days after the as-of instant, to the second. */
    private Instant aroundAsOf() {
        return AS_OF.minus(Duration.ofSeconds(random.nextInt(42 * 86_400))).plus(Duration.ofDays(2));
    }

    /** A random tree; groups may hold empty groups, which must be ignored. */
    Condition tree(int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 7);
        if (kind < 3) {
            return predicate(ATTRIBUTES);
        } else if (kind == 3) {
            return eventCondition();
        }
        return group(depth);
    }

    /** A group with at least one condition in it, so it is not ignored. */
    Group group(int depth) {
        List<Condition> children = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            children.add(tree(depth - 1));
        }
        if (random.nextInt(5) == 0) {
            children.add(random.nextInt(children.size() + 1), new Group(id(), Combinator.OR, random.nextBoolean(),
                    false, List.of()));
        }
        return new Group(id(), random.nextBoolean() ? Combinator.AND : Combinator.OR, random.nextInt(3) == 0, false,
                children);
    }

    /** A predicate on a random attribute of the given ones, with a random operator and a fitting operand. */
    private Predicate predicate(Map<String, AttributeType> attributes) {
        String name = pick(attributes.keySet().stream().sorted().toList());
        AttributeType type = attributes.get(name);
        Operator operator = pick(List.copyOf(Operator.forType(type)));
        return new Predicate(id(), name, operator, operand(type, operator), pick(TEXT_OPTIONS), false);
    }

    /** Every operand from the pool that fits the operator on the type. */
    static List<Operand> operands(AttributeType type, Operator operator) {
        Operator positive = operator.complementOf().orElse(operator);
        return switch (operator.operand()) {
            case NONE -> List.of(Operand.NONE);
            case SINGLE -> singles(type, positive).stream().<Operand>map(v -> new Operand.Single(Value.of(v))).toList();
            case LIST -> lists(type).stream().<Operand>map(l -> new Operand.ValueList(l.stream().map(Value::of).toList()))
                    .toList();
            case RANGE -> ranges(type);
            case RELATIVE -> positive == Operator.ANNIVERSARY
                    ? List.of(relative(0, TimeUnit.DAYS), relative(1, TimeUnit.DAYS), relative(7, TimeUnit.DAYS))
                    : List.of(relative(0, TimeUnit.DAYS), relative(1, TimeUnit.DAYS), relative(30, TimeUnit.DAYS),
                            relative(2, TimeUnit.WEEKS), relative(1, TimeUnit.MONTHS));
        };
    }

    private Operand operand(AttributeType type, Operator operator) {
        return pick(operands(type, operator));
    }

    private static Operand relative(long amount, TimeUnit unit) {
        return new Operand.Relative(amount, unit);
    }

    private static List<Object> singles(AttributeType type, Operator positive) {
        return switch (type) {
            case STRING -> positive == Operator.MATCHES_REGEX ? List.of("de", "^z", "(de|fr)$", "\\d", "^ ?a.c$", "Ë")
                    : List.of("de", " DE ", "zoë", "", "%", "_", "\\", "İ", "σ");
            case INTEGER, DECIMAL -> List.of(30L, dec("19.9"), 0L, dec("2.5"), dec("20.50"));
            case BOOLEAN -> List.of(true, false);
            case DATE, TIMESTAMP -> List.of(day("2026-10-15"), day("2026-03-29"), day("2026-10-25"), day("2000-02-29"));
            case STRING_LIST -> List.of();
        };
    }

    private static List<List<Object>> lists(AttributeType type) {
        return switch (type) {
            case STRING, STRING_LIST -> List.of(List.of("DE", "fr"), List.of(), List.of("zoë", " gold"), List.of("vip", "a", "b"));
            case INTEGER, DECIMAL -> List.of(List.of(1L, dec("2.5"), 30L), List.of(dec("19.90"), 20L), List.of());
            case DATE -> List.of(List.of(day("2026-10-15"), day("2000-02-29")), List.of());
            default -> List.of();
        };
    }

    private static List<Operand> ranges(AttributeType type) {
        return switch (type) {
            case INTEGER, DECIMAL -> List.of(range(18L, 30L), range(dec("10"), dec("20.5")), range(30L, 18L));
            case DATE, TIMESTAMP -> List.of(range(day("2026-03-29"), day("2026-10-25")),
                    range(day("2026-10-15"), day("2026-10-15")), range(day("2026-10-16"), day("2026-10-14")));
            default -> List.of();
        };
    }

    private static Operand range(Object low, Object high) {
        return new Operand.Range(Value.of(low), Value.of(high));
    }

    private EventCondition eventCondition() {
        List<Predicate> filters = new ArrayList<>();
        Map<String, AttributeType> properties = Map.of("amount", AttributeType.DECIMAL, "qty", AttributeType.INTEGER,
                "category", AttributeType.STRING, "coupon", AttributeType.BOOLEAN);
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            filters.add(predicate(properties));
        }
        EventCondition.Aggregate aggregate = random.nextInt(3) == 0 ? new EventCondition.Aggregate(
                pick(List.of(EventCondition.Function.values())), random.nextBoolean() ? "amount" : "qty", comparison())
                : null;
        return new EventCondition(id(), random.nextInt(4) == 0 ? "view" : "purchase", filters, window(),
                random.nextBoolean() ? null : comparison(), java.util.Optional.ofNullable(aggregate), false);
    }

    private TimeWindow window() {
        return pick(List.of(TimeWindow.EVER, new TimeWindow.Last(7, TimeUnit.DAYS), new TimeWindow.Last(1, TimeUnit.MONTHS),
                new TimeWindow.Between(day("2026-10-01"), day("2026-10-31")),
                new TimeWindow.Before(day("2026-10-01")), new TimeWindow.After(day("2026-10-14"))));
    }

    private Comparison comparison() {
        return pick(List.of(Comparison.atLeast(1), new Comparison(Comparison.Op.AT_MOST, BigDecimal.ONE, null),
                new Comparison(Comparison.Op.EQUALS, BigDecimal.ZERO, null),
                new Comparison(Comparison.Op.GREATER_THAN, dec("19.9"), null),
                new Comparison(Comparison.Op.LESS_THAN, dec("10.5"), null),
                new Comparison(Comparison.Op.BETWEEN, BigDecimal.ONE, dec("20.5"))));
    }

    private String id() {
        return "n" + ++nextId;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
