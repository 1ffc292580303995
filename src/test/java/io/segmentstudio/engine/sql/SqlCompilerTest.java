package io.segmentstudio.engine.sql;

import static io.segmentstudio.domain.rule.Operator.CONTAINS;
import static io.segmentstudio.domain.rule.Operator.EQUALS;
import static io.segmentstudio.domain.rule.Operator.GREATER_THAN;
import static io.segmentstudio.domain.rule.Operator.IN;
import static io.segmentstudio.engine.sql.Rules.and;
import static io.segmentstudio.engine.sql.Rules.compare;
import static io.segmentstudio.engine.sql.Rules.event;
import static io.segmentstudio.engine.sql.Rules.is;
import static io.segmentstudio.engine.sql.Rules.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlCompilerTest {
    private final SqlCompiler compiler = new SqlCompiler();

    @Test
    void whereIsSelfContainedSoCallersCanAddConditions() {
        SqlFragment where = where(or(is("age", GREATER_THAN, 30), is("country", EQUALS, "de")), Dialect.H2);

        assertThat(where.sql()).startsWith("(").endsWith(")");
        assertThat(where.params()).containsExactly(30L, "de");
    }

    @Test
    void anEmptyRuleMatchesEveryone() {
        assertThat(where(and(and(), or()), Dialect.POSTGRESQL)).isEqualTo(new SqlFragment("TRUE", List.of()));
    }

    @Test
    void countsProfiles() {
        assertThat(compiler.count(is("age", GREATER_THAN, 30), SqlTestData.SCHEMA, SqlTestData.AS_OF, Dialect.DUCKDB).sql())
                .isEqualTo("SELECT COUNT(*)\nFROM \"profile\" p\nWHERE COALESCE(p.\"a_age\" > ?, FALSE)");
    }

    @Test
    void aWarehouseGetsItsOwnNamesQuotedPerDialect() {
        SqlCompiler warehouse = new SqlCompiler(SqlNames.builder().profileTable("crm.CUSTOMERS").profileKey("EMAIL")
                .attributeColumns(name -> name.toUpperCase(Locale.ROOT)).build());

        assertThat(warehouse.selectMembers(is("age", GREATER_THAN, 30), SqlTestData.SCHEMA, SqlTestData.AS_OF,
                Dialect.BIGQUERY).sql()).isEqualTo("SELECT p.`EMAIL`\nFROM `crm`.`CUSTOMERS` p\n"
                + "WHERE COALESCE(p.`AGE` > ?, FALSE)\nORDER BY p.`EMAIL`");
    }

    @Test
    void segmentReferencesMustBeExpandedFirst() {
        assertThatThrownBy(() -> where(and(new SegmentRef("ref-1", "VIP", true, false)), Dialect.H2))
                .isInstanceOf(RuleException.class).hasMessageContaining("ReferenceExpander")
                .extracting(e -> ((RuleException) e).nodeId()).isEqualTo("ref-1");
    }

    @Test
    void disabledNodesMustBeDroppedFirst() {
        Predicate disabled = is("age", GREATER_THAN, 30).withDisabled(true);

        assertThatThrownBy(() -> where(and(is("age", GREATER_THAN, 1), disabled), Dialect.H2))
                .isInstanceOf(RuleException.class).hasMessageContaining("disabled");
        Predicate disabledFilter = is("category", EQUALS, "shoes").withDisabled(true);
        assertThatThrownBy(() -> where(event("purchase", TimeWindow.EVER, Comparison.atLeast(1), disabledFilter),
                Dialect.H2))
                .isInstanceOf(RuleException.class).hasMessageContaining("disabled");
    }

    @Test
    void rulesThatDoNotFitTheSchemaNameTheirNode() {
        assertRejected(new Predicate("unknown", "shoe_size", EQUALS, single(new Value.Int(42))), "unknown attribute");
        assertRejected(new Predicate("operator", "age", CONTAINS, single(new Value.Text("4"))), "does not apply");
        assertRejected(new Predicate("operand", "age", GREATER_THAN, new Operand.ValueList(List.of())), "takes a single");
        assertRejected(new Predicate("text-for-number", "age", GREATER_THAN, single(new Value.Text("x"))), "does not fit");
        assertRejected(new Predicate("fraction-for-integer", "age", GREATER_THAN,
                single(new Value.Dec(new BigDecimal("4.5")))), "does not fit");
        assertRejected(new Predicate("empty-list", "age", IN, new Operand.ValueList(List.of())), "at least one value");
        assertRejected(new Predicate("time-for-date", "last_seen", io.segmentstudio.domain.rule.Operator.ON,
                single(new Value.Int(1))), "expected a date");
        assertRejected(event("purchase", TimeWindow.EVER, compare(Comparison.Op.AT_LEAST, "1.5")), "whole number");
        assertRejected(new EventCondition("sum-of-text", "purchase", List.of(), TimeWindow.EVER, Comparison.atLeast(1),
                Optional.of(new EventCondition.Aggregate(EventCondition.Function.SUM, "category",
                        Comparison.atLeast(1))), false), "not a number");
        assertRejected(new EventCondition("unknown-sum", "purchase", List.of(), TimeWindow.EVER, Comparison.atLeast(1),
                Optional.of(new EventCondition.Aggregate(EventCondition.Function.SUM, "price",
                        Comparison.atLeast(1))), false), "unknown event property");
        assertRejected(event("purchase", TimeWindow.EVER, Comparison.atLeast(1),
                new Predicate("unknown-filter", "colour", EQUALS, single(new Value.Text("red")))), "unknown event property");
    }

    private void assertRejected(Condition rule, String message) {
        String node = rule instanceof EventCondition event && !event.filters().isEmpty()
                ? event.filters().get(0).id() : rule.id();
        assertThatThrownBy(() -> where(rule, Dialect.H2)).isInstanceOf(RuleException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((RuleException) e).nodeId()).isEqualTo(node);
    }

    private SqlFragment where(Condition rule, Dialect dialect) {
        return compiler.where(rule, SqlTestData.SCHEMA, SqlTestData.AS_OF, dialect);
    }

    private static Operand single(Value value) {
        return new Operand.Single(value);
    }
}
