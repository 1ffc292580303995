package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What "add" puts into a rule: a condition that is already valid where the catalog allows it (the
 * first attribute by name with the most common operator for its type), so the count shows at once and
 * the user edits from there.
 */
public final class NewNodes {
    private final RuleSchema schema;
    private final List<String> eventTypes;
    private final Clock clock;
    private final ZoneId zone;

    NewNodes(RuleSchema schema, List<String> eventTypes, Clock clock, ZoneId zone) {
        this.schema = schema;
        this.eventTypes = List.copyOf(eventTypes);
        this.clock = clock;
        this.zone = zone;
    }

    Predicate predicate(Supplier<String> ids) {
        Attribute first = schema.attributes().values().stream().min(Comparator.comparing(Attribute::name))
                .orElseThrow(() -> new IllegalStateException("this workspace has no attributes to build a condition on"));
        return predicate(ids.get(), first);
    }

    /** A condition on an attribute with the usual operator for its type (picking an attribute in the editor). */
    public Predicate predicate(String id, Attribute attribute) {
        Operator operator = usualOperator(attribute.type());
        return new Predicate(id, attribute.name(), operator, usualOperand(operator, attribute.type()));
    }

    /** The operand an operator starts with when the user switches to it. */
    public Operand usualOperand(Operator operator, AttributeType type) {
        return switch (operator.operand()) {
            case NONE -> Operand.NONE;
            case SINGLE -> new Operand.Single(usualValue(type));
            case RANGE -> new Operand.Range(usualValue(type), usualValue(type));
            case LIST -> new Operand.ValueList(List.of(usualValue(type)));
            case RELATIVE -> new Operand.Relative(30, TimeUnit.DAYS);
        };
    }

    static Operator usualOperator(AttributeType type) {
        return switch (type) {
            case INTEGER, DECIMAL -> Operator.GREATER_THAN;
            case BOOLEAN -> Operator.IS_TRUE;
            case DATE, TIMESTAMP -> Operator.IN_LAST;
            case STRING_LIST -> Operator.CONTAINS_ANY;
            case STRING -> Operator.IS_NOT_NULL;
        };
    }

    private Value usualValue(AttributeType type) {
        return switch (type) {
            case INTEGER -> new Value.Int(0);
            case DECIMAL -> new Value.Dec(BigDecimal.ZERO);
            case BOOLEAN -> new Value.Bool(true);
            case DATE -> new Value.Day(LocalDate.now(clock.withZone(zone)));
            case TIMESTAMP -> new Value.Moment(clock.instant().truncatedTo(ChronoUnit.SECONDS));
            case STRING, STRING_LIST -> new Value.Text("");
        };
    }

    Group group(Supplier<String> ids) {
        String groupId = ids.get();
        return Group.and(groupId, List.of(predicate(ids)));
    }

    EventCondition eventCondition(Supplier<String> ids) {
        String type = eventTypes.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("this workspace has no events to build a condition on"));
        return new EventCondition(ids.get(), type, List.of(), new TimeWindow.Last(30, TimeUnit.DAYS),
                Comparison.atLeast(1), Optional.empty(), false);
    }

    SegmentRef segmentReference(Supplier<String> ids, String segment) {
        return new SegmentRef(ids.get(), segment, true, false);
    }

    public List<String> eventTypes() {
        return eventTypes;
    }
}
