package io.segmentstudio.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the compiled SQL on H2 (the workspace database) and DuckDB and checks the exact members of
 * every case. Both sessions use a time zone far from the workspace's, so nothing may depend on it.
 */
class SqlExecutionTest {
    private static final SqlCompiler COMPILER = new SqlCompiler();
    private static Connection h2;
    private static Connection duckdb;

    @BeforeAll
    static void load() throws SQLException {
        h2 = DriverManager.getConnection("jdbc:h2:mem:sql_execution;DATABASE_TO_LOWER=TRUE");
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement h2Setup = h2.createStatement(); Statement duckSetup = duckdb.createStatement()) {
            h2Setup.execute("SET TIME ZONE 'Asia/Tokyo'");
            duckSetup.execute("SET threads = 1");
            duckSetup.execute("SET TimeZone = 'Asia/Tokyo'");
        }
        SqlTestData.load(h2, Dialect.H2);
        SqlTestData.load(duckdb, Dialect.DUCKDB);
    }

    @AfterAll
    static void close() throws SQLException {
        h2.close();
        duckdb.close();
    }

    @TestFactory
    Stream<DynamicTest> h2SelectsExactlyTheMembers() {
        return cases(h2, Dialect.H2);
    }

    @TestFactory
    Stream<DynamicTest> duckDbSelectsExactlyTheMembers() {
        return cases(duckdb, Dialect.DUCKDB);
    }

    @Test
    void countAgreesWithTheMembers() throws SQLException {
        for (SqlExecutionCases.Case example : SqlExecutionCases.all().subList(0, 12)) {
            for (Dialect dialect : List.of(Dialect.H2, Dialect.DUCKDB)) {
                SqlFragment count = COMPILER.count(example.rule(), SqlTestData.SCHEMA, SqlTestData.AS_OF, dialect);
                assertThat(query(dialect == Dialect.H2 ? h2 : duckdb, count))
                        .as(example.name() + " on " + dialect).containsExactly(String.valueOf(example.members().size()));
            }
        }
    }

    private static Stream<DynamicTest> cases(Connection connection, Dialect dialect) {
        return SqlExecutionCases.all().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            SqlFragment select = COMPILER.selectMembers(example.rule(), SqlTestData.SCHEMA, SqlTestData.AS_OF, dialect);
            assertThat(query(connection, select)).as(select.sql() + "\n" + select.params())
                    .containsExactlyElementsOf(example.members());
        }));
    }

    private static List<String> query(Connection connection, SqlFragment fragment) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(fragment.sql())) {
            for (int i = 0; i < fragment.params().size(); i++) {
                statement.setObject(i + 1, fragment.params().get(i));
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
