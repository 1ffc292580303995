package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.engine.CalendarRanges;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.time.MonthDay;

/**
 * Positive calendar predicates (before, after, on, between, relative periods, anniversaries) on date
 * and timestamp columns. The bounds come from {@link CalendarRanges}, which the in-memory evaluator uses
 * too; timestamps are compared as instants, so daylight-saving days get their real 23 or 25 hours.
 */
final class CalendarSql {
    private final CompileContext context;

    CalendarSql(CompileContext context) {
        this.context = context;
    }

    Truth write(Operator operator, Predicate predicate, AttributeType type, SqlFragment column) {
        try {
            if (operator == Operator.ANNIVERSARY) {
                return anniversary(predicate, type, column);
            }
            CalendarRanges calendar = context.calendar();
            return Truth.nullable(type == AttributeType.DATE
                    ? IntervalSql.days(column, calendar.forDate(operator, predicate.operand()))
                    : IntervalSql.instants(column, calendar.forTimestamp(operator, predicate.operand())));
        } catch (RuleException e) {
            // CalendarRanges does not know the node; name it for the user.
            throw new RuleException(predicate.id(), e.getMessage());
        }
    }

    /**
     * Month and day of the value, as one number (month × 100 + day), is the target's or — when the target
     * is 28 February of a common year — 229. The second parameter repeats the target otherwise, so the
     * SQL text is the same for every as-of day.
     */
    private Truth anniversary(Predicate predicate, AttributeType type, SqlFragment column) {
        CalendarRanges.Anniversary anniversary = context.calendar().anniversary(predicate.operand());
        long target = monthDay(anniversary.day());
        long alsoMatching = anniversary.includesFebruary29() ? monthDay(MonthDay.of(2, 29)) : target;
        // A timestamp's day is its calendar day in the workspace zone.
        SqlFragment day = type == AttributeType.DATE ? column
                : context.syntax().inZone(column, Sql.param(context.asOf().zone().getId()));
        return Truth.nullable(Sql.format("EXTRACT(MONTH FROM {}) * 100 + EXTRACT(DAY FROM {}) IN ({}, {})",
                day, day, Sql.param(target), Sql.param(alsoMatching)));
    }

    private static long monthDay(MonthDay day) {
        return day.getMonthValue() * 100L + day.getDayOfMonth();
    }
}
