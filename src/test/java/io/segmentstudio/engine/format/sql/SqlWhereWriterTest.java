package io.segmentstudio.engine.format.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.RuleFormatException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlWhereWriterTest {
    private static final AsOf AS_OF = new AsOf(Instant.parse("2026-03-29T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final String NASTY = "it's \\' OR 1=1 --\n?";

    private static ExportedRule write(Dialect dialect, Predicate... predicates) {
        return new SqlWhereWriter(dialect, SqlWhereReaderTest.SCHEMA, AS_OF).write(Group.and("r", List.of(predicates)));
    }

    @Test
    void inlinesLiteralsOfEveryKind() {
        String sql = write(Dialect.H2, new Predicate("a", "age", Operator.IN, new Operand.ValueList(List.of(Value.of(1L),
                        Value.of(-2L)))),
                new Predicate("b", "balance", Operator.GREATER_THAN, new Operand.Single(Value.of(new BigDecimal("1E+2")))),
                new Predicate("c", "birthday", Operator.EQUALS, new Operand.Single(Value.of(LocalDate.of(2024, 2, 29)))),
                new Predicate("d", "vip", Operator.EQUALS, new Operand.Single(Value.of(true))),
                new Predicate("e", "last_seen", Operator.ON, new Operand.Single(Value.of(LocalDate.of(2026, 3, 29))))).text();
        assertThat(sql).contains("p.\"a_age\" IN (1, -2)", "p.\"a_balance\" > 100", "DATE '2024-02-29'",
                "p.\"a_vip\" = TRUE", "TIMESTAMP WITH TIME ZONE '2026-03-28 23:00:00.000000+00:00'").doesNotContain("?");
    }

    @Test
    void quotesStringsSoThatTheyReadBackWhole() {
        Predicate nasty = new Predicate("a", "name", Operator.EQUALS, new Operand.Single(Value.of(NASTY)),
                io.segmentstudio.domain.rule.TextOptions.EXACT, false);
        String h2 = write(Dialect.H2, nasty).text();
        assertThat(h2).contains("'it''s \\'' OR 1=1 --\n?'");
        Predicate read = (Predicate) new SqlWhereReader().read(h2, SqlWhereReaderTest.SCHEMA).rule();
        assertThat(read.operand()).isEqualTo(new Operand.Single(Value.of(NASTY)));
        assertThat(write(Dialect.BIGQUERY, nasty).text()).contains("'it\\'s \\\\\\' OR 1=1 --\\u000a?'");
        assertThat(write(Dialect.SNOWFLAKE, nasty).text()).contains("'it\\'s \\\\\\' OR 1=1 --\\u000a?'");
        assertThat(write(Dialect.POSTGRESQL, nasty).text()).contains("'it''s \\'' OR 1=1 --\n?'");
    }

    @Test
    void leavesDisabledNodesOutAndRefusesReferencesByNodeId() {
        ExportedRule exported = write(Dialect.DUCKDB, new Predicate("a", "age", Operator.IS_NULL, Operand.NONE),
                new Predicate("b", "age", Operator.IS_NOT_NULL, Operand.NONE).withDisabled(true));
        assertThat(exported.warnings()).singleElement().satisfies(w -> assertThat(w.path()).isEqualTo("b"));
        assertThat(exported.text()).isEqualTo("p.\"a_age\" IS NULL");
        assertThatThrownBy(() -> new SqlWhereWriter(Dialect.H2, SqlWhereReaderTest.SCHEMA, AS_OF)
                .write(Group.and("r", List.of(new SegmentRef("s1", "VIP", true, false)))))
                .isInstanceOfSatisfying(RuleFormatException.class, e -> assertThat(e.path()).isEqualTo("s1"));
    }
}
