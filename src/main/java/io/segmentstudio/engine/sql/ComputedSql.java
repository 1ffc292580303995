package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.util.List;

/**
 * A computed attribute written as a correlated scalar subquery over the profile's events, with the
 * meaning {@link io.segmentstudio.engine.ComputedValues} gives it: the same window (the event
 * conditions' calendar ranges), NULL where the value is missing, days in the workspace zone's calendar,
 * and first and last values broken by value on equal timestamps. Averages and rates are compared by
 * {@link QuotientSql}, exactly as their stored, rounded value would be.
 */
final class ComputedSql {
    private final CompileContext context;
    private final EventRowsSql rows;

    ComputedSql(CompileContext context) {
        this.context = context;
        this.rows = new EventRowsSql(context);
    }

    /**
     * The value of the attribute for profile {@code p}. An average or a rate is the database's own
     * quotient, not rounded to the stored 16 digits: compare them through {@link #quotient}.
     *
     * @param nodeId the rule node that reads it, for errors
     */
    SqlFragment value(ComputedAttribute attribute, String nodeId) {
        DialectSyntax syntax = context.syntax();
        return switch (attribute.kind()) {
            case COUNT -> Sql.format("(SELECT COUNT(*) {})", ofType(attribute));
            case DAYS_SINCE_LAST -> Sql.format("(SELECT {} {})", syntax.daysBetween(
                    syntax.localDay(Sql.format("MAX({})", rows.occurredAt()), Sql.param(context.asOf().zone().getId())),
                    Sql.format("CAST({} AS DATE)", Sql.param(context.asOf().day()))), ofType(attribute));
            case SUM, MIN, MAX -> Sql.format("(SELECT {} {})", syntax.decimal(Sql.format(attribute.kind().name() + "({})",
                    numeric(attribute, nodeId))), ofType(attribute));
            case AVG, RATE -> quotient(attribute, nodeId).value();
            case FIRST_VALUE, LAST_VALUE -> end(attribute, nodeId);
        };
    }

    /** Averages and rates: the numerator and denominator over one scan of the events. */
    QuotientSql quotient(ComputedAttribute attribute, String nodeId) {
        if (attribute.kind() == ComputedAttribute.Kind.AVG) {
            SqlFragment property = numeric(attribute, nodeId);
            return new QuotientSql(context.syntax(), Sql.format("SUM({})", property), Sql.format("COUNT({})", property),
                    ofType(attribute));
        }
        // One scan of both types; an event type may be its own denominator (each event then counts twice).
        SqlFragment either = Sql.format("({} OR {})", rows.ofType(attribute.eventType()), rows.ofType(attribute.per()));
        return new QuotientSql(context.syntax(), countOf(attribute.eventType()), countOf(attribute.per()),
                rows.from(List.of(either, rows.within(attribute.window()))));
    }

    private SqlFragment countOf(String eventType) {
        return Sql.format("COUNT(CASE WHEN {} THEN 1 END)", rows.ofType(eventType));
    }

    /**
     * The property on the first (or last) event where it is present, ORDER BY … LIMIT 1: by time, then
     * by value — strings by code point, as ComputedValues breaks ties.
     */
    private SqlFragment end(ComputedAttribute attribute, String nodeId) {
        AttributeType type = propertyType(attribute, nodeId);
        if (type == AttributeType.STRING_LIST) {
            throw refused(attribute, nodeId, "'" + attribute.property() + "' is a string list, not a single value");
        }
        if (!context.syntax().ordersCorrelatedSubqueries()) {
            throw refused(attribute, nodeId, "a correlated subquery there must aggregate, and picking the"
                    + " first or last event's value takes ORDER BY … LIMIT 1");
        }
        SqlFragment property = rows.property(attribute.property());
        SqlFragment order = type == AttributeType.STRING ? context.syntax().codePointOrder(property) : property;
        String direction = attribute.kind() == ComputedAttribute.Kind.FIRST_VALUE ? "" : " DESC";
        return Sql.format("(SELECT {} {} AND {} IS NOT NULL ORDER BY {}" + direction + ", {}" + direction + " LIMIT 1)",
                property, ofType(attribute), property, rows.occurredAt(), order);
    }

    private SqlFragment ofType(ComputedAttribute attribute) {
        return rows.from(List.of(rows.ofType(attribute.eventType()), rows.within(attribute.window())));
    }

    private SqlFragment numeric(ComputedAttribute attribute, String nodeId) {
        AttributeType type = propertyType(attribute, nodeId);
        if (type != AttributeType.INTEGER && type != AttributeType.DECIMAL) {
            throw refused(attribute, nodeId, "'" + attribute.property() + "' is " + type.label() + ", not a number");
        }
        return rows.property(attribute.property());
    }

    private AttributeType propertyType(ComputedAttribute attribute, String nodeId) {
        return context.schema().eventPropertyType(attribute.property()).orElseThrow(() ->
                refused(attribute, nodeId, "unknown event property '" + attribute.property() + "'"));
    }

    private RuleException refused(ComputedAttribute attribute, String nodeId, String why) {
        return new RuleException(nodeId, "computed attribute '" + attribute.name() + "' (" + attribute.kind().key()
                + ") has no " + context.syntax().dialect().key() + " expression: " + why);
    }
}
