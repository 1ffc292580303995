package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.AsOf;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Schema, as-of instants and small builders shared by the evaluator and explainer tests. */
final class EvalFixtures {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Thursday 2026-10-15, 12:00 in Berlin (CEST, +02:00). */
    static final AsOf AS_OF = new AsOf(Instant.parse("2026-10-15T10:00:00Z"), BERLIN);

    static final RuleSchema SCHEMA = RuleSchema.of(List.of(
            attribute("country", AttributeType.STRING),
            attribute("name", AttributeType.STRING),
            attribute("tags", AttributeType.STRING_LIST),
            attribute("age", AttributeType.INTEGER),
            attribute("balance", AttributeType.DECIMAL),
            attribute("vip", AttributeType.BOOLEAN),
            attribute("birthday", AttributeType.DATE),
            attribute("last_purchase_date", AttributeType.DATE),
            attribute("last_seen", AttributeType.TIMESTAMP)), List.of(
            attribute("amount", AttributeType.DECIMAL),
            attribute("qty", AttributeType.INTEGER),
            attribute("category", AttributeType.STRING),
            attribute("coupon", AttributeType.BOOLEAN)));

    private EvalFixtures() {
    }

    static Attribute attribute(String name, AttributeType type) {
        return new Attribute(name, type, "", "test", false);
    }

    static AsOf asOf(String instant) {
        return new AsOf(Instant.parse(instant), BERLIN);
    }

    /** A profile from alternating attribute names and values; null values are kept (= missing). */
    static Profile profile(Object... namesAndValues) {
        return new Profile("p", map(namesAndValues), List.of());
    }

    static Profile withEvents(Event... events) {
        return new Profile("p", Map.of(), Arrays.asList(events));
    }

    static Event event(String type, String at, Object... properties) {
        return new Event(type, Instant.parse(at), map(properties));
    }

    static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    static Predicate predicate(String attribute, Operator operator, Operand operand) {
        return new Predicate("p1", attribute, operator, operand);
    }

    static Predicate predicate(String attribute, Operator operator, Operand operand, TextOptions text) {
        return new Predicate("p1", attribute, operator, operand, text, false);
    }

    static Operand single(Object raw) {
        return new Operand.Single(Value.of(raw));
    }

    static Operand list(Object... raws) {
        return new Operand.ValueList(Arrays.stream(raws).map(Value::of).toList());
    }

    static Operand range(Object low, Object high) {
        return new Operand.Range(Value.of(low), Value.of(high));
    }

    static Operand days(long amount) {
        return new Operand.Relative(amount, TimeUnit.DAYS);
    }

    static Group and(String id, Condition... children) {
        return Group.and(id, List.of(children));
    }

    static Group or(String id, Condition... children) {
        return Group.or(id, List.of(children));
    }

    static Group not(Group group) {
        return new Group(group.id(), group.combinator(), true, false, group.children());
    }

    static boolean matches(Condition rule, Profile profile) {
        return matches(rule, AS_OF, profile);
    }

    static boolean matches(Condition rule, AsOf asOf, Profile profile) {
        return new Evaluator().compile(rule, SCHEMA, asOf).test(profile);
    }
}
