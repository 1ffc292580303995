package io.segmentstudio.engine.sql;

import static io.segmentstudio.domain.rule.Operator.CONTAINS;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_ALL;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_ANY;
import static io.segmentstudio.domain.rule.Operator.ENDS_WITH;
import static io.segmentstudio.domain.rule.Operator.EQUALS;
import static io.segmentstudio.domain.rule.Operator.MATCHES_REGEX;
import static io.segmentstudio.domain.rule.Operator.NOT_IN;
import static io.segmentstudio.domain.rule.Operator.NOT_STARTS_WITH;
import static io.segmentstudio.engine.sql.Rules.and;
import static io.segmentstudio.engine.sql.Rules.event;
import static io.segmentstudio.engine.sql.Rules.is;
import static io.segmentstudio.engine.sql.Rules.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values and descriptions never reach SQL text; names that are not catalog identifiers are refused. */
class SqlInjectionTest {
    private static final List<String> HOSTILE = List.of("'; DROP TABLE profile; --", "\" OR 1=1 --", "/* x */ ?",
            "back\\slash\\'", "100%_sure", "ünïcødé ☃ 𝄞 Σ İ", "`tick` $1 :name", "\n;\r\t");
    private static final List<String> PLAIN = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void valuesChangeOnlyTheParameters(Dialect dialect) {
        SqlFragment plain = select(rule(PLAIN), SqlTestData.SCHEMA, dialect);
        SqlFragment hostile = select(rule(HOSTILE), SqlTestData.SCHEMA, dialect);

        assertThat(hostile.sql()).isEqualTo(plain.sql());
        for (String value : HOSTILE) {
            assertThat(hostile.sql()).doesNotContain(value);
            // BigQuery's case-insensitive pattern carries a (?i) prefix: contained, not equal.
            assertThat(hostile.params()).anySatisfy(param -> assertThat(param.toString()).contains(value));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void descriptionsNeverReachTheSql(Dialect dialect) {
        RuleSchema described = new RuleSchema(SqlTestData.SCHEMA.attributes().values().stream()
                .map(a -> new Attribute(a.name(), a.type(), HOSTILE.get(0) + HOSTILE.get(3), a.source(), a.pii()))
                .collect(Collectors.toMap(Attribute::name, a -> a)),
                SqlTestData.SCHEMA.eventProperties());

        assertThat(select(rule(PLAIN), described, dialect)).isEqualTo(select(rule(PLAIN), SqlTestData.SCHEMA, dialect));
    }

    @Test
    void hostileValuesRunAsPlainValues() throws SQLException {
        for (Dialect dialect : List.of(Dialect.H2, Dialect.DUCKDB)) {
            try (Connection connection = DriverManager.getConnection(dialect == Dialect.H2
                    ? "jdbc:h2:mem:sql_injection;DATABASE_TO_LOWER=TRUE" : "jdbc:duckdb:")) {
                SqlTestData.load(connection, dialect);
                SqlFragment select = select(and(rule(HOSTILE).children().subList(0, 5).toArray(Condition[]::new)),
                        SqlTestData.SCHEMA, dialect);
                try (PreparedStatement statement = connection.prepareStatement(select.sql())) {
                    for (int i = 0; i < select.params().size(); i++) {
                        statement.setObject(i + 1, select.params().get(i));
                    }
                    try (ResultSet members = statement.executeQuery()) {
                        assertThat(members.next()).as(dialect.key()).isFalse();
                    }
                }
                try (Statement statement = connection.createStatement();
                     ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM profile")) {
                    assertThat(count.next() && count.getInt(1) == SqlTestData.KEYS.size()).as(dialect.key()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"country\" OR 1=1 --", "Country", "country;", "e.p_amount", "", "1country"})
    void attributeNamesThatAreNotIdentifiersAreRefused(String name) {
        Predicate predicate = new Predicate("bad", name, EQUALS, new Operand.Single(new Value.Text("x")));
        EventCondition filtered = event("purchase", TimeWindow.EVER, Comparison.atLeast(1),
                new Predicate("bad-filter", name, EQUALS, new Operand.Single(new Value.Text("x"))));
        EventCondition aggregated = new EventCondition("bad-sum", "purchase", List.of(), TimeWindow.EVER,
                Comparison.atLeast(1), Optional.of(new EventCondition.Aggregate(EventCondition.Function.SUM, name,
                Comparison.atLeast(1))), false);

        for (Condition rule : List.of(predicate, filtered, aggregated)) {
            assertThatThrownBy(() -> select(rule, SqlTestData.SCHEMA, Dialect.H2))
                    .isInstanceOf(RuleException.class).hasMessageContaining("not a valid");
        }
        assertThatThrownBy(() -> SqlNames.workspace().attributeColumn(name)).isInstanceOf(IllegalArgumentException.class);
    }

    /** One rule per operator family that takes text, with the values in order. */
    private static Group rule(List<String> values) {
        return or(
                is("country", EQUALS, values.get(0)),
                is("country", NOT_IN, values.get(1), values.get(2)),
                is("email", CONTAINS, values.get(3)),
                is("email", NOT_STARTS_WITH, TextOptions.EXACT, values.get(4)),
                is("email", ENDS_WITH, values.get(5)),
                is("email", MATCHES_REGEX, values.get(6)),
                is("tags", CONTAINS_ANY, values.get(0), values.get(7)),
                is("tags", CONTAINS_ALL, values.get(1)),
                event(values.get(2), TimeWindow.EVER, Comparison.atLeast(1), EventCondition.Function.SUM, "amount",
                        new Comparison(Comparison.Op.AT_LEAST, BigDecimal.ONE, null),
                        is("category", EQUALS, values.get(3))));
    }

    private static SqlFragment select(Condition rule, RuleSchema schema, Dialect dialect) {
        return new SqlCompiler().selectMembers(rule, schema, SqlTestData.AS_OF, dialect);
    }
}
