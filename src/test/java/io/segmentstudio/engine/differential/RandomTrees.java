package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.RuleValidator;
import io.segmentstudio.engine.SegmentResolver;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random valid condition trees (depth ≤ 5) over {@link DiffSchema}: every operator with fitting operands,
 * all four text option combinations, negated and disabled nodes, empty groups, event conditions with
 * filters, every window kind, every count comparison (also those zero satisfies) and aggregates, and
 * references to a few named random segments (which may reference each other, never in a cycle).
 * Operands are drawn from the profile set's own values and their variants, so that they discriminate.
 */
final class RandomTrees {
    static final int MAX_DEPTH = 5;
    private static final List<TextOptions> TEXT_OPTIONS = List.of(TextOptions.DEFAULT, TextOptions.EXACT,
            new TextOptions(true, true), new TextOptions(false, false));
    private static final List<Long> DAY_AMOUNTS = List.of(1L, 2L, 6L, 7L, 13L, 14L, 29L, 30L, 31L, 365L, 366L, 1000L,
            10_000L);
    private static final List<Long> WEEK_AMOUNTS = List.of(1L, 2L, 4L, 52L, 1000L);
    private static final List<Long> MONTH_AMOUNTS = List.of(1L, 2L, 3L, 6L, 12L, 13L, 1000L);
    private static final List<Long> ANNIVERSARY_DAYS = List.of(0L, 0L, 1L, 2L, 6L, 7L, 30L, 59L, 60L, 365L, 366L);
    private static final List<String> AMOUNTS = List.of("0", "1", "-0.5", "1.5", "4.5", "0.333333", "19.9", "100",
            "-100", "9200000000000000000", "9200000000000000000.000001");

    /**
     * RuleValidator's check for unsupported constructs also refuses some patterns of the common subset (an
     * escaped metacharacter before a quantifier, such as \?+ or \[[a-h]); patterns it refuses are
     * drawn again, since the generator writes only rules validation accepts.
     */
    private static final RuleValidator VALIDATOR = new RuleValidator(DiffSchema.SCHEMA, SegmentResolver.NONE);

    /** A tree and the segments it may reference, by name. */
    record Generated(Condition tree, Map<String, Condition> segments) {
    }

    private final SplittableRandom random;
    private final RandomData data;
    private final RandomRegex regex;
    private final ValueIndex values;
    private final AsOf asOf;
    private String idPrefix = "n";
    private int nextId;

    RandomTrees(long caseSeed, Scenario scenario, ValueIndex values) {
        this.random = new SplittableRandom(caseSeed);
        this.data = new RandomData(random, scenario.asOf());
        this.regex = new RandomRegex(random);
        this.values = values;
        this.asOf = scenario.asOf();
    }

    Generated generate() {
        Map<String, Condition> segments = new LinkedHashMap<>();
        int count = random.nextInt(4);
        for (int i = 1; i <= count; i++) {
            idPrefix = "s" + i + "n";
            nextId = 0;
            List<String> referable = List.copyOf(segments.keySet());
            Condition rule;
            do {
                rule = group(1, 3, referable, false);
            } while (isEmpty(rule));
            segments.put(pick(List.of("vip", "churn_risk", "big spenders", "Berlin ♥")) + "#" + i, rule);
        }
        idPrefix = "n";
        nextId = 0;
        List<String> referable = List.copyOf(segments.keySet());
        Condition tree = random.nextInt(7) == 0 ? node(1, MAX_DEPTH, referable) : group(1, MAX_DEPTH, referable, true);
        Generated generated = new Generated(tree, segments);
        requireValid(generated);
        return generated;
    }

    /** The generator only writes rules validation accepts (empty groups aside, which semantics.md defines). */
    static void requireValid(Generated generated) {
        SegmentResolver resolver = SegmentResolver.of(generated.segments());
        RuleValidator validator = new RuleValidator(DiffSchema.SCHEMA, resolver);
        List<Condition> rules = new ArrayList<>(generated.segments().values());
        rules.add(generated.tree());
        for (Condition rule : rules) {
            List<RuleProblem> problems = validator.validate(rule).stream()
                    .filter(problem -> !problem.message().startsWith("empty group")).toList();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the generator wrote an invalid rule: " + problems);
            }
        }
    }

    /** True when nothing in the rule takes part in evaluation (as ReferenceExpander decides). */
    static boolean isEmpty(Condition condition) {
        if (condition.disabled()) {
            return true;
        }
        return condition instanceof Group group && group.children().stream().allMatch(RandomTrees::isEmpty);
    }

    private Condition node(int depth, int maxDepth, List<String> referable) {
        int kind = random.nextInt(depth >= maxDepth ? 10 : 14);
        Condition node;
        if (kind < 6) {
            node = predicate(DiffSchema.ATTRIBUTES, false);
        } else if (kind < 8) {
            node = eventCondition();
        } else if (kind < 10) {
            node = referable.isEmpty() ? predicate(DiffSchema.ATTRIBUTES, false)
                    : new SegmentRef(id(), pick(referable), random.nextInt(3) > 0, false);
        } else {
            node = group(depth, maxDepth, referable, false);
        }
        return random.nextInt(12) == 0 ? node.withDisabled(true) : node;
    }

    private Group group(int depth, int maxDepth, List<String> referable, boolean root) {
        String id = id();
        int size = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(root ? 4 : 3);
        List<Condition> children = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            children.add(node(depth + 1, maxDepth, referable));
        }
        boolean disabled = root ? random.nextInt(40) == 0 : false;
        return new Group(id, random.nextBoolean() ? Combinator.AND : Combinator.OR, random.nextInt(3) == 0, disabled,
                children);
    }

    // Predicates ------------------------------------------------------------------------------------

    Predicate predicate(Map<String, AttributeType> names, boolean event) {
        String name = pick(List.copyOf(names.keySet()));
        AttributeType type = names.get(name);
        List<Operator> operators = Operator.forType(type).stream()
                .filter(op -> op != Operator.MATCHES_REGEX || DiffSchema.REGEX_SAFE.contains(name)).toList();
        Operator operator = pick(operators);
        TextOptions options = pick(TEXT_OPTIONS);
        return new Predicate(id(), name, operator, operand(name, type, operator, options, event), options,
                event && random.nextInt(10) == 0);
    }

    private Operand operand(String name, AttributeType type, Operator operator, TextOptions options, boolean event) {
        Operator positive = operator.complementOf().orElse(operator);
        return switch (operator.operand()) {
            case NONE -> Operand.NONE;
            case SINGLE -> new Operand.Single(single(name, type, positive, options, event));
            case LIST -> {
                int size = 1 + random.nextInt(4);
                List<Value> list = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    list.add(type == AttributeType.STRING_LIST ? new Value.Text(listElement(name, event))
                            : single(name, type, Operator.EQUALS, options, event));
                }
                yield new Operand.ValueList(list);
            }
            case RANGE -> range(name, type, event);
            case RELATIVE -> positive == Operator.ANNIVERSARY ? new Operand.Relative(pick(ANNIVERSARY_DAYS), TimeUnit.DAYS)
                    : relative();
        };
    }

    private Operand.Relative relative() {
        TimeUnit unit = pick(List.of(TimeUnit.values()));
        List<Long> amounts = switch (unit) {
            case DAYS -> DAY_AMOUNTS;
            case WEEKS -> WEEK_AMOUNTS;
            case MONTHS -> MONTH_AMOUNTS;
        };
        return new Operand.Relative(random.nextInt(5) == 0 ? 1 + random.nextInt(100) : pick(amounts), unit);
    }

    private Value single(String name, AttributeType type, Operator positive, TextOptions options, boolean event) {
        return switch (type) {
            case STRING -> new Value.Text(text(name, positive, options, event));
            case INTEGER -> new Value.Int(integer(name, event));
            case DECIMAL -> decimalOperand(name, event);
            case BOOLEAN -> new Value.Bool(random.nextBoolean());
            case DATE, TIMESTAMP -> new Value.Day(day(name, type, event));
            case STRING_LIST -> throw new IllegalArgumentException("string lists take lists");
        };
    }

    private String text(String name, Operator positive, TextOptions options, boolean event) {
        if (positive == Operator.MATCHES_REGEX) {
            String pattern;
            do {
                pattern = regex.pattern(options.caseSensitive());
            } while (!VALIDATOR.validate(new Predicate("regex", "name", Operator.MATCHES_REGEX,
                    new Operand.Single(new Value.Text(pattern)), options, false)).isEmpty());
            return pattern;
        }
        String base = sample(name, event) instanceof String found && random.nextInt(10) < 7 ? found
                : data.string(!DiffSchema.REGEX_SAFE.contains(name));
        if (random.nextInt(3) == 0) {
            base = data.variant(base);
        }
        if (random.nextInt(6) == 0) {
            base = random.nextBoolean() ? " " + base + " " : base.strip();
        }
        return switch (positive) {
            case CONTAINS -> random.nextInt(8) == 0 ? "" : slice(base, random.nextInt(3));
            case STARTS_WITH -> random.nextInt(8) == 0 ? "" : slice(base, 0);
            case ENDS_WITH -> random.nextInt(8) == 0 ? "" : slice(base, 1);
            default -> base;
        };
    }

    /** A prefix (0), a suffix (1) or an inner part (2) of the text, cut between code points. */
    private String slice(String text, int where) {
        int[] points = text.codePoints().toArray();
        if (points.length == 0) {
            return text;
        }
        int from = where == 0 ? 0 : random.nextInt(points.length);
        int to = where == 1 ? points.length : from + 1 + random.nextInt(points.length - from);
        return new String(points, from, to - from);
    }

    private String listElement(String name, boolean event) {
        if (sample(name, event) instanceof List<?> list && !list.isEmpty() && random.nextInt(10) < 6) {
            Object element = list.get(random.nextInt(list.size()));
            if (element instanceof String text) {
                return random.nextInt(5) == 0 ? data.variant(text) : text;
            }
        }
        return data.listElement();
    }

    private long integer(String name, boolean event) {
        if (sample(name, event) instanceof Long found && random.nextInt(10) < 6) {
            int delta = random.nextInt(3) - 1;
            return (delta > 0 && found == Long.MAX_VALUE) || (delta < 0 && found == Long.MIN_VALUE) ? found : found + delta;
        }
        return data.integer();
    }

    /** A Dec, or now and then an Int (a whole number is a valid decimal operand). */
    private Value decimalOperand(String name, boolean event) {
        BigDecimal value = decimal(name, event);
        if (random.nextInt(5) == 0 && value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal
                .valueOf(Long.MAX_VALUE)) <= 0) {
            return new Value.Int(value.longValueExact());
        }
        return new Value.Dec(value);
    }

    private BigDecimal decimal(String name, boolean event) {
        Object found = sample(name, event);
        if (found != null && random.nextInt(10) < 6) {
            BigDecimal value = found instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) found;
            return switch (random.nextInt(5)) {
                case 0 -> value.add(BigDecimal.valueOf(1, 6));
                case 1 -> value.subtract(BigDecimal.valueOf(1, 6));
                case 2 -> value.scale() < 6 && value.scale() >= 0 ? value.setScale(value.scale() + 1) : value;
                default -> value;
            };
        }
        return data.decimal();
    }

    private LocalDate day(String name, AttributeType type, boolean event) {
        Object found = sample(name, event);
        if (found != null && random.nextInt(10) < 4) {
            // A timestamp's day in the workspace zone, or in UTC (a day off near midnight).
            LocalDate day = type == AttributeType.DATE ? (LocalDate) found : random.nextBoolean()
                    ? ((Instant) found).atZone(ZoneOffset.UTC).toLocalDate() : asOf.dayOf((Instant) found);
            return RandomData.supportedDay(day.plusDays(random.nextInt(3) - 1));
        }
        return data.date();
    }

    private Operand range(String name, AttributeType type, boolean event) {
        Value a = single(name, type, Operator.BETWEEN, TextOptions.DEFAULT, event);
        Value b = random.nextInt(6) == 0 ? a : single(name, type, Operator.BETWEEN, TextOptions.DEFAULT, event);
        return compare(a, b) <= 0 ? new Operand.Range(a, b) : new Operand.Range(b, a);
    }

    private static int compare(Value a, Value b) {
        if (a instanceof Value.Day x && b instanceof Value.Day y) {
            return x.value().compareTo(y.value());
        }
        return number(a).compareTo(number(b));
    }

    private static BigDecimal number(Value value) {
        return value instanceof Value.Int i ? BigDecimal.valueOf(i.value()) : ((Value.Dec) value).value();
    }

    // Event conditions ------------------------------------------------------------------------------

    private EventCondition eventCondition() {
        List<Predicate> filters = new ArrayList<>();
        int count = random.nextInt(4) == 0 ? 0 : random.nextInt(3);
        String id = id();
        for (int i = 0; i < count; i++) {
            filters.add(predicate(DiffSchema.PROPERTIES, true));
        }
        Optional<EventCondition.Aggregate> aggregate = random.nextInt(3) == 0
                ? Optional.of(new EventCondition.Aggregate(pick(List.of(EventCondition.Function.values())),
                        random.nextBoolean() ? "amount" : "qty", amountComparison()))
                : Optional.empty();
        String type = random.nextInt(15) == 0 ? "refund" : pick(DiffSchema.EVENT_TYPES);
        return new EventCondition(id, type, filters, window(), random.nextInt(3) == 0 ? null : countComparison(),
                aggregate, false);
    }

    TimeWindow window() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> TimeWindow.EVER;
            case 3, 4, 5 -> {
                Operand.Relative relative = relative();
                yield new TimeWindow.Last(relative.amount(), relative.unit());
            }
            case 6, 7 -> {
                LocalDate a = data.date();
                LocalDate b = random.nextInt(5) == 0 ? a : data.date();
                yield a.isAfter(b) ? new TimeWindow.Between(b, a) : new TimeWindow.Between(a, b);
            }
            case 8 -> new TimeWindow.Before(data.date());
            default -> new TimeWindow.After(data.date());
        };
    }

    private Comparison countComparison() {
        Comparison.Op op = pick(List.of(Comparison.Op.values()));
        long value = pick(List.of(0L, 0L, 1L, 1L, 2L, 3L, 5L));
        long upper = value + pick(List.of(0L, 1L, 2L, 4L));
        return new Comparison(op, BigDecimal.valueOf(value), op == Comparison.Op.BETWEEN ? BigDecimal.valueOf(upper) : null);
    }

    private Comparison amountComparison() {
        Comparison.Op op = pick(List.of(Comparison.Op.values()));
        BigDecimal value = amount();
        if (op != Comparison.Op.BETWEEN) {
            return new Comparison(op, value, null);
        }
        BigDecimal other = amount();
        return value.compareTo(other) <= 0 ? new Comparison(op, value, other) : new Comparison(op, other, value);
    }

    private BigDecimal amount() {
        Object found = sample(random.nextBoolean() ? "amount" : "qty", true);
        if (found != null && random.nextBoolean()) {
            BigDecimal value = found instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) found;
            return random.nextBoolean() ? value : value.multiply(BigDecimal.valueOf(random.nextInt(4)));
        }
        return new BigDecimal(pick(AMOUNTS));
    }

    // Helpers ---------------------------------------------------------------------------------------

    private Object sample(String name, boolean event) {
        List<Object> present = values.values(name, event);
        return present.isEmpty() ? null : present.get(random.nextInt(present.size()));
    }

    private String id() {
        return idPrefix + ++nextId;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
