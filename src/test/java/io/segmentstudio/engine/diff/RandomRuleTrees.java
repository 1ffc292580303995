package io.segmentstudio.engine.diff;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Seeded random condition trees with unique ids, and random one-field edits of their nodes. */
final class RandomRuleTrees {
    private static final List<String> ATTRIBUTES = List.of("age", "country", "aov", "vip", "signup");
    private final Random random;
    private int nextId;

    RandomRuleTrees(Random random) {
        this.random = random;
    }

    Group tree() {
        return group(0);
    }

    /** A new node (a group may hold a few new children): what an "add" edit inserts. */
    Condition node(int depth) {
        int kind = random.nextInt(depth >= 3 ? 3 : 4);
        return switch (kind) {
            case 0 -> predicate();
            case 1 -> event();
            case 2 -> new SegmentRef(id("s"), "Segment " + random.nextInt(5), random.nextBoolean(), random.nextInt(5) == 0);
            default -> group(depth);
        };
    }

    Predicate predicate() {
        Operator operator = List.of(Operator.EQUALS, Operator.IN, Operator.BETWEEN, Operator.IS_NULL,
                Operator.IN_LAST).get(random.nextInt(5));
        Operand operand = switch (operator.operand()) {
            case SINGLE -> new Operand.Single(value());
            case LIST -> new Operand.ValueList(List.of(value(), value()));
            case RANGE -> new Operand.Range(value(), value());
            case RELATIVE -> new Operand.Relative(1 + random.nextInt(90), TimeUnit.DAYS);
            case NONE -> Operand.NONE;
        };
        return new Predicate(id("p"), ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size())), operator, operand,
                random.nextBoolean() ? TextOptions.DEFAULT : TextOptions.EXACT, random.nextInt(6) == 0);
    }

    private Group group(int depth) {
        String id = depth == 0 ? "root" : id("g");
        List<Condition> children = new ArrayList<>();
        int count = random.nextInt(depth == 0 ? 6 : 4);
        for (int i = 0; i < count; i++) {
            children.add(node(depth + 1));
        }
        return new Group(id, random.nextBoolean() ? Combinator.AND : Combinator.OR, random.nextInt(4) == 0,
                depth > 0 && random.nextInt(8) == 0, children);
    }

    private EventCondition event() {
        String id = id("e");
        List<Predicate> filters = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            filters.add(predicate());
        }
        Optional<EventCondition.Aggregate> aggregate = random.nextBoolean() ? Optional.empty()
                : Optional.of(new EventCondition.Aggregate(EventCondition.Function.SUM, "amount", Comparison.atLeast(100)));
        return new EventCondition(id, List.of("purchase", "page_view").get(random.nextInt(2)), filters,
                new TimeWindow.Last(1 + random.nextInt(30), TimeUnit.DAYS), Comparison.atLeast(1 + random.nextInt(3)),
                aggregate, random.nextInt(6) == 0);
    }

    private Value value() {
        return switch (random.nextInt(3)) {
            case 0 -> new Value.Int(random.nextInt(100));
            case 1 -> new Value.Dec(BigDecimal.valueOf(random.nextInt(10_000), 2));
            default -> new Value.Text("v" + random.nextInt(20));
        };
    }

    private String id(String prefix) {
        return prefix + ++nextId;
    }

    /** The fields a node of this kind has (place fields and KIND aside). */
    static List<ChangedField> fieldsOf(Condition node) {
        if (node instanceof Group) {
            return List.of(ChangedField.COMBINATOR, ChangedField.NEGATION, ChangedField.DISABLED);
        } else if (node instanceof Predicate) {
            return List.of(ChangedField.ATTRIBUTE, ChangedField.OPERATOR, ChangedField.VALUE, ChangedField.TEXT_OPTIONS,
                    ChangedField.DISABLED);
        } else if (node instanceof EventCondition) {
            return List.of(ChangedField.EVENT_TYPE, ChangedField.WINDOW, ChangedField.COUNT, ChangedField.AGGREGATE,
                    ChangedField.DISABLED);
        }
        return List.of(ChangedField.SEGMENT, ChangedField.NEGATION, ChangedField.DISABLED);
    }

    /** The node with exactly this field set to a different value. */
    Condition edit(Condition node, ChangedField field) {
        if (field == ChangedField.DISABLED) {
            return node.withDisabled(!node.disabled());
        }
        if (node instanceof Group g) {
            return field == ChangedField.COMBINATOR
                    ? new Group(g.id(), g.combinator() == Combinator.AND ? Combinator.OR : Combinator.AND, g.negated(),
                            g.disabled(), g.children())
                    : new Group(g.id(), g.combinator(), !g.negated(), g.disabled(), g.children());
        } else if (node instanceof Predicate p) {
            return switch (field) {
                case ATTRIBUTE -> new Predicate(p.id(), p.attribute() + "_x", p.operator(), p.operand(), p.text(),
                        p.disabled());
                case OPERATOR -> new Predicate(p.id(), p.attribute(), p.operator() == Operator.NOT_EQUALS
                        ? Operator.EQUALS : Operator.NOT_EQUALS, p.operand(), p.text(), p.disabled());
                case VALUE -> new Predicate(p.id(), p.attribute(), p.operator(),
                        new Operand.Single(new Value.Text("edited" + ++nextId)), p.text(), p.disabled());
                default -> new Predicate(p.id(), p.attribute(), p.operator(), p.operand(),
                        new TextOptions(!p.text().caseSensitive(), p.text().trim()), p.disabled());
            };
        } else if (node instanceof EventCondition e) {
            return switch (field) {
                case EVENT_TYPE -> new EventCondition(e.id(), e.eventType() + "_x", e.filters(), e.window(), e.count(),
                        e.aggregate(), e.disabled());
                case WINDOW -> new EventCondition(e.id(), e.eventType(), e.filters(),
                        new TimeWindow.Last(((TimeWindow.Last) e.window()).amount() + 1, TimeUnit.DAYS), e.count(),
                        e.aggregate(), e.disabled());
                case COUNT -> new EventCondition(e.id(), e.eventType(), e.filters(), e.window(),
                        Comparison.atLeast(e.count().value().longValue() + 1), e.aggregate(), e.disabled());
                default -> new EventCondition(e.id(), e.eventType(), e.filters(), e.window(), e.count(),
                        e.aggregate().isPresent() ? Optional.empty() : Optional.of(new EventCondition.Aggregate(
                                EventCondition.Function.MAX, "amount", Comparison.atLeast(5))), e.disabled());
            };
        }
        SegmentRef r = (SegmentRef) node;
        return field == ChangedField.SEGMENT ? new SegmentRef(r.id(), r.segment() + " x", r.member(), r.disabled())
                : new SegmentRef(r.id(), r.segment(), !r.member(), r.disabled());
    }
}
