package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.CalendarRanges;
import io.segmentstudio.engine.Interval;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.eval.ValueTests;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Compiles an expanded condition tree against an image into row sets: numbers, days and instants
 * into range or set scans over primitive columns, everything dictionary-coded into code lookups
 * decided by the evaluator's own tests, so both engines share one meaning of every operator.
 */
final class RowCompiler {
    private final ProfileImage image;
    private final CalendarRanges ranges;
    private final ValueTests tests;
    private final SharedLeaves shared;

    RowCompiler(ProfileImage image, AsOf asOf) {
        this(image, asOf, null);
    }

    /** @param shared leaves shared with other rules compiled for the same image and as-of; null for none */
    RowCompiler(ProfileImage image, AsOf asOf, SharedLeaves shared) {
        this.image = image;
        this.ranges = new CalendarRanges(asOf);
        this.tests = new ValueTests(asOf);
        this.shared = shared;
    }

    RowSet compileRoot(Condition root) {
        return compile(root).orElseGet(AllRows::new);
    }

    /** Empty for a group without any condition left in it: its parent ignores it (semantics.md). */
    private Optional<RowSet> compile(Condition condition) {
        requireEnabled(condition);
        if (condition instanceof Group group) {
            List<RowSet> children = new ArrayList<>();
            // attribute tests first: they are cheaper than counting events and often decide alone
            // (AND and OR commute in two-valued logic, so the order never changes an answer)
            group.children().stream().sorted(java.util.Comparator.comparing(RowCompiler::countsEvents))
                    .forEach(child -> compile(child).ifPresent(children::add));
            if (children.isEmpty()) {
                return Optional.empty();
            }
            RowSet[] array = children.toArray(RowSet[]::new);
            RowSet combined = array.length == 1 ? array[0]
                    : group.combinator() == io.segmentstudio.domain.rule.Combinator.AND ? new AndRows(array) : new OrRows(array);
            return Optional.of(group.negated() ? new NotRows(combined) : combined);
        } else if (condition instanceof Predicate predicate) {
            Supplier<RowSet> compile = () -> predicate(predicate, image.attributes(), "attribute",
                    image.schema().attributeType(predicate.attribute()));
            return Optional.of(shared == null ? compile.get() : shared.predicate(predicate, compile));
        } else if (condition instanceof EventCondition event) {
            return Optional.of(shared == null ? event(event) : shared.event(event, () -> event(event)));
        } else if (condition instanceof SegmentRef ref) {
            throw new RuleException(ref.id(), "reference to segment '" + ref.segment()
                    + "' was not expanded: pass the rule through ReferenceExpander first");
        }
        throw new RuleException(condition.id(), "unknown kind of condition: " + condition.getClass().getSimpleName());
    }

    static boolean countsEvents(Condition condition) {
        return condition instanceof EventCondition
                || condition instanceof Group group && group.children().stream().anyMatch(RowCompiler::countsEvents);
    }

    private static void requireEnabled(Condition condition) {
        if (condition.disabled()) {
            throw new RuleException(condition.id(), "disabled condition reached the columnar engine: pass the rule"
                    + " through ReferenceExpander first, which drops disabled nodes");
        }
    }

    private RowSet predicate(Predicate predicate, ColumnTable table, String kind, Optional<AttributeType> knownType) {
        AttributeType type = knownType.orElseThrow(() -> new RuleException(predicate.id(), "unknown " + kind + " '"
                + predicate.attribute() + "'"));
        Column column = table.column(predicate.attribute()).orElseThrow(() -> new RuleException(predicate.id(),
                kind + " '" + predicate.attribute() + "' is not in the image"));
        java.util.function.Predicate<Object> test;
        try {
            // also validates operator and operand against the type, with the evaluator's messages
            test = tests.of(type, predicate.operator(), predicate.operand(), predicate.text());
        } catch (IllegalArgumentException e) {
            throw new RuleException(predicate.id(), predicate.attribute() + ": " + e.getMessage());
        }
        if (column instanceof CodedColumn coded) {
            return new CodeRows(coded, test);
        }
        LongColumn longs = (LongColumn) column;
        Operator positive = predicate.operator().complementOf().orElse(predicate.operator());
        Optional<RowSet> scan = scan(longs, positive, predicate.operand());
        if (scan.isEmpty()) {
            return new BoxedRows(column, test);
        }
        return predicate.operator().isNegative() ? new NotRows(scan.get()) : scan.get();
    }

    /** A primitive scan for the positive operator, or empty where only the boxed test will do. */
    private Optional<RowSet> scan(LongColumn column, Operator positive, Operand operand) {
        if (positive == Operator.IS_NULL) {
            return Optional.of(new MissingRows(column));
        }
        return switch (column.type()) {
            case INTEGER, DECIMAL -> numeric(column, positive, operand);
            case DATE -> days(column, positive, operand);
            case TIMESTAMP -> positive == Operator.ANNIVERSARY ? Optional.empty()
                    : Optional.of(new RangeRows(column, micros(ranges.forTimestamp(positive, operand))));
            default -> Optional.empty();
        };
    }

    private static Optional<RowSet> numeric(LongColumn column, Operator positive, Operand operand) {
        int scale = column.scale();
        return Optional.of(switch (positive) {
            case EQUALS -> new RangeRows(column, LongRange.equalTo(number(operand), scale));
            case LESS_THAN -> new RangeRows(column, LongRange.lessThan(number(operand), scale));
            case LESS_OR_EQUAL -> new RangeRows(column, LongRange.atMost(number(operand), scale));
            case GREATER_THAN -> new RangeRows(column, LongRange.greaterThan(number(operand), scale));
            case GREATER_OR_EQUAL -> new RangeRows(column, LongRange.atLeast(number(operand), scale));
            case BETWEEN -> {
                Operand.Range range = (Operand.Range) operand;
                yield new RangeRows(column, LongRange.between(decimal(range.low()), decimal(range.high()), scale));
            }
            case IN -> new InRows(column, ((Operand.ValueList) operand).values().stream()
                    .map(v -> LongRange.equalTo(decimal(v), scale)).filter(r -> !r.isEmpty())
                    .mapToLong(LongRange::low).toArray());
            default -> throw new IllegalStateException("no numeric scan for " + positive);
        });
    }

    private Optional<RowSet> days(LongColumn column, Operator positive, Operand operand) {
        return switch (positive) {
            case EQUALS -> Optional.of(new InRows(column, new long[] {day(((Operand.Single) operand).value())}));
            case IN -> Optional.of(new InRows(column, ((Operand.ValueList) operand).values().stream()
                    .mapToLong(RowCompiler::day).toArray()));
            case ANNIVERSARY -> Optional.empty();
            default -> Optional.of(new RangeRows(column, days(ranges.forDate(positive, operand))));
        };
    }

    private RowSet event(EventCondition event) {
        EventTable events = image.events();
        Supplier<MatchingEvents> gather = () -> new MatchingEvents(events, events.typeCode(event.eventType()), filters(event));
        MatchingEvents matching = shared == null ? gather.get() : shared.matching(event, gather);
        EventConditionRows.Aggregate aggregate = event.aggregate().map(a -> aggregate(event.id(), a)).orElse(null);
        return new EventConditionRows(matching, micros(ranges.forWindow(event.window())), counts(event.count()), aggregate);
    }

    /** The event's property filters over event rows, null when it has none. */
    private RowSet filters(EventCondition event) {
        if (event.filters().isEmpty()) {
            return null;
        }
        EventTable events = image.events();
        RowSet[] compiled = new RowSet[event.filters().size()];
        for (int i = 0; i < compiled.length; i++) {
            Predicate filter = event.filters().get(i);
            requireEnabled(filter);
            compiled[i] = predicate(filter, events.properties(), "event property",
                    image.schema().eventPropertyType(filter.attribute()));
        }
        return compiled.length == 1 ? compiled[0] : new AndRows(compiled);
    }

    private EventConditionRows.Aggregate aggregate(String id, EventCondition.Aggregate aggregate) {
        AttributeType type = image.schema().eventPropertyType(aggregate.property()).orElseThrow(() ->
                new RuleException(id, "unknown event property '" + aggregate.property() + "'"));
        if (type != AttributeType.INTEGER && type != AttributeType.DECIMAL) {
            throw new RuleException(id, aggregate.function().key() + " needs a numeric property; '"
                    + aggregate.property() + "' is " + type.label());
        }
        Column column = image.events().properties().column(aggregate.property()).orElseThrow(() ->
                new RuleException(id, "event property '" + aggregate.property() + "' is not in the image"));
        return new EventConditionRows.Aggregate(aggregate.function(), column, aggregate.comparison());
    }

    /** The event counts a comparison accepts, as an inclusive range of whole numbers. */
    private static LongRange counts(Comparison count) {
        return switch (count.op()) {
            case EQUALS -> LongRange.equalTo(count.value(), 0);
            case GREATER_THAN -> LongRange.greaterThan(count.value(), 0);
            case AT_LEAST -> LongRange.atLeast(count.value(), 0);
            case LESS_THAN -> LongRange.lessThan(count.value(), 0);
            case AT_MOST -> LongRange.atMost(count.value(), 0);
            case BETWEEN -> LongRange.between(count.value(), count.upper(), 0);
        };
    }

    private static LongRange days(Interval<LocalDate> interval) {
        long low = interval.low() == null ? Long.MIN_VALUE
                : interval.low().toEpochDay() + (interval.lowInclusive() ? 0 : 1);
        long high = interval.high() == null ? Long.MAX_VALUE
                : interval.high().toEpochDay() - (interval.highInclusive() ? 0 : 1);
        return new LongRange(low, high);
    }

    /** The whole microseconds within an interval of instants, which may be finer than a microsecond. */
    private static LongRange micros(Interval<Instant> interval) {
        long low = Long.MIN_VALUE;
        if (interval.low() != null) {
            long floor = floorMicros(interval.low());
            boolean exact = interval.low().getNano() % 1_000 == 0;
            low = exact && interval.lowInclusive() ? floor : floor + 1;
        }
        long high = Long.MAX_VALUE;
        if (interval.high() != null) {
            long floor = floorMicros(interval.high());
            boolean exact = interval.high().getNano() % 1_000 == 0;
            high = exact && !interval.highInclusive() ? floor - 1 : floor;
        }
        return new LongRange(low, high);
    }

    private static long floorMicros(Instant instant) {
        return Math.multiplyExact(instant.getEpochSecond(), 1_000_000L) + instant.getNano() / 1_000;
    }

    private static BigDecimal number(Operand operand) {
        return decimal(((Operand.Single) operand).value());
    }

    private static BigDecimal decimal(Value value) {
        if (value instanceof Value.Int i) {
            return BigDecimal.valueOf(i.value());
        } else if (value instanceof Value.Dec d) {
            return d.value();
        }
        throw new IllegalArgumentException("expected a number, found " + value.raw());
    }

    private static long day(Value value) {
        if (value instanceof Value.Day day) {
            return day.value().toEpochDay();
        }
        throw new IllegalArgumentException("expected a date (yyyy-mm-dd), found " + value.raw());
    }
}
