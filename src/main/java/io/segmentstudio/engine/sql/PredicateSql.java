package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeName;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compiles a predicate on a profile attribute or an event property. Each negative operator is written
 * as {@code NOT} of its positive, and each positive one is closed with COALESCE(…, FALSE), so a
 * negative operator is the exact complement of its positive, missing values included (semantics.md).
 */
final class PredicateSql {
    private final CompileContext context;
    private final TextSql text;
    private final ListSql lists;
    private final ScalarSql scalars;
    private final CalendarSql calendar;
    private final ComputedSql computed;

    PredicateSql(CompileContext context) {
        this.context = context;
        this.text = new TextSql(context.syntax());
        this.lists = new ListSql(context.syntax());
        this.scalars = new ScalarSql();
        this.calendar = new CalendarSql(context);
        this.computed = new ComputedSql(context);
    }

    /**
     * A predicate on the profile row ({@code p}): its column, or the expression of a computed attribute
     * that the compilation writes over the events.
     */
    SqlFragment onProfile(Predicate predicate) {
        String name = checked(predicate);
        AttributeType type = known(predicate, context.schema().attributeType(name), "attribute");
        Optional<ComputedAttribute> definition = context.computed(name);
        if (definition.isEmpty()) {
            return write(predicate, type, context.column(SqlNames.PROFILE_ALIAS, context.names().attributeColumn(name)));
        }
        ComputedAttribute.Kind kind = definition.get().kind();
        if (kind == ComputedAttribute.Kind.AVG || kind == ComputedAttribute.Kind.RATE) {
            QuotientSql quotient = computed.quotient(definition.get(), predicate.id());
            return write(predicate, type, operator -> quotient.write(operator, predicate));
        }
        return write(predicate, type, computed.value(definition.get(), predicate.id()));
    }

    /** An event-condition filter on the event row ({@code e}). */
    SqlFragment onEvent(Predicate predicate) {
        String name = checked(predicate);
        AttributeType type = known(predicate, context.schema().eventPropertyType(name), "event property");
        return write(predicate, type, context.column(SqlNames.EVENT_ALIAS, context.names().eventPropertyColumn(name)));
    }

    private SqlFragment write(Predicate predicate, AttributeType type, SqlFragment column) {
        return write(predicate, type, operator -> positive(operator, predicate, type, column));
    }

    private SqlFragment write(Predicate predicate, AttributeType type, Function<Operator, Truth> positives) {
        Operator operator = predicate.operator();
        if (!operator.appliesTo(type)) {
            throw new RuleException(predicate.id(), "operator '" + operator.key() + "' does not apply to '"
                    + predicate.attribute() + "' (" + type.label() + ")");
        }
        if (predicate.operand().kind() != operator.operand()) {
            throw new RuleException(predicate.id(), "operator '" + operator.key() + "' takes a "
                    + operator.operand().name().toLowerCase(Locale.ROOT) + " operand");
        }
        Operator positive = operator.complementOf().orElse(operator);
        SqlFragment truth = positives.apply(positive).orFalse();
        return operator.isNegative() ? Sql.format("NOT ({})", truth) : truth;
    }

    private Truth positive(Operator operator, Predicate predicate, AttributeType type, SqlFragment column) {
        if (operator == Operator.IS_NULL) {
            return Truth.total(Sql.format("{} IS NULL", column));
        }
        return switch (type) {
            case STRING -> text.write(operator, predicate, column);
            case STRING_LIST -> lists.write(operator, predicate, column);
            case DATE, TIMESTAMP -> operator.isCalendar() || operator == Operator.BETWEEN
                    ? calendar.write(operator, predicate, type, column)
                    : scalars.write(operator, predicate, type, column);
            case INTEGER, DECIMAL, BOOLEAN -> scalars.write(operator, predicate, type, column);
        };
    }

    /**
     * The attribute name of an enabled predicate. Names become identifiers, so only catalog identifiers
     * pass (never, say, {@code x" OR 1=1}).
     */
    private static String checked(Predicate predicate) {
        if (predicate.disabled()) {
            throw ConditionSql.notExpanded(predicate.id());
        }
        if (!AttributeName.isValid(predicate.attribute())) {
            throw new RuleException(predicate.id(), "'" + predicate.attribute() + "' is not a valid attribute name");
        }
        return predicate.attribute();
    }

    private static AttributeType known(Predicate predicate, Optional<AttributeType> type, String what) {
        return type.orElseThrow(() -> new RuleException(predicate.id(), "unknown " + what + " '"
                + predicate.attribute() + "'"));
    }
}
