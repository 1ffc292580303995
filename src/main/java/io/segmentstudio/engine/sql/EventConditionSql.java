package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeName;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compiles an event condition to a correlated subquery over the profile's events of one type in the
 * window, filtered by the property predicates. Its WHERE leads with profile, type and time so that the
 * index (profile_id, event_type, occurred_at) serves it.
 *
 * <p>A plain count is {@code (SELECT COUNT(*) …) >= ?}: an aggregate without GROUP BY always returns a
 * row, so profiles without events count 0 and qualify where zero does. With an aggregate, count and
 * aggregate are tested in one pass; over no events (or only missing values) the aggregate is NULL and
 * COALESCE makes the condition false, as semantics.md says.
 */
final class EventConditionSql {
    private final CompileContext context;
    private final PredicateSql predicates;
    private final EventRowsSql rows;

    EventConditionSql(CompileContext context, PredicateSql predicates) {
        this.context = context;
        this.predicates = predicates;
        this.rows = new EventRowsSql(context);
    }

    SqlFragment write(EventCondition event) {
        SqlFragment from = rows.from(filters(event));
        Function<BigDecimal, SqlFragment> countOperand = value -> Sql.param(wholeCount(event, value));
        if (event.aggregate().isEmpty()) {
            return compare(Sql.format("(SELECT COUNT(*) {})", from), event.count(), countOperand);
        }
        return Sql.format("COALESCE((SELECT {} AND {} {}), FALSE)", compare(Sql.text("COUNT(*)"), event.count(),
                countOperand), aggregate(event, event.aggregate().get()), from);
    }

    private List<SqlFragment> filters(EventCondition event) {
        List<SqlFragment> where = new ArrayList<>();
        where.add(rows.ofType(event.eventType()));
        where.add(rows.within(event.window()));
        for (Predicate filter : event.filters()) {
            where.add(predicates.onEvent(filter));
        }
        return where;
    }

    /**
     * SUM, MIN and MAX compare directly. AVG compares SUM(x) with value × COUNT(x) instead of dividing:
     * exact in every dialect (DuckDB's AVG is a DOUBLE), and COUNT(x) > 0 keeps "no values" false.
     */
    private SqlFragment aggregate(EventCondition event, EventCondition.Aggregate aggregate) {
        SqlFragment property = numericProperty(event, aggregate.property());
        Function<BigDecimal, SqlFragment> amount = value -> context.syntax().decimal(Sql.param(value));
        return switch (aggregate.function()) {
            case SUM -> compare(Sql.format("SUM({})", property), aggregate.comparison(), amount);
            case MIN -> compare(Sql.format("MIN({})", property), aggregate.comparison(), amount);
            case MAX -> compare(Sql.format("MAX({})", property), aggregate.comparison(), amount);
            case AVG -> Sql.format("COUNT({}) > 0 AND {}", property, compare(Sql.format("SUM({})", property),
                    aggregate.comparison(), value -> Sql.format("{} * COUNT({})", amount.apply(value), property)));
        };
    }

    private SqlFragment numericProperty(EventCondition event, String property) {
        if (!AttributeName.isValid(property)) {
            throw new RuleException(event.id(), "'" + property + "' is not a valid event property name");
        }
        AttributeType type = context.schema().eventPropertyType(property).orElseThrow(() ->
                new RuleException(event.id(), "unknown event property '" + property + "'"));
        if (type != AttributeType.INTEGER && type != AttributeType.DECIMAL) {
            throw new RuleException(event.id(), "'" + property + "' is " + type.label() + ", not a number");
        }
        return rows.property(property);
    }

    /** {@code lhs >= ?}, or {@code (lhs BETWEEN ? AND ?)} with both bounds inclusive. */
    private static SqlFragment compare(SqlFragment lhs, Comparison comparison, Function<BigDecimal, SqlFragment> operand) {
        return comparison.op() == Comparison.Op.BETWEEN
                ? Sql.format("({} BETWEEN {} AND {})", lhs, operand.apply(comparison.value()),
                        operand.apply(comparison.upper()))
                : Sql.format("{} " + symbol(comparison.op()) + " {}", lhs, operand.apply(comparison.value()));
    }

    private static String symbol(Comparison.Op op) {
        return switch (op) {
            case EQUALS -> "=";
            case GREATER_THAN -> ">";
            case AT_LEAST -> ">=";
            case LESS_THAN -> "<";
            case AT_MOST -> "<=";
            case BETWEEN -> throw new IllegalArgumentException("between has two operands");
        };
    }

    private static long wholeCount(EventCondition event, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 0) {
            throw new RuleException(event.id(), "an event count must be a whole number, not " + value.toPlainString());
        }
        return value.longValueExact();
    }
}
