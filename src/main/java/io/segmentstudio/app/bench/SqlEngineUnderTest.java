package io.segmentstudio.app.bench;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.sql.SqlCompiler;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A database running the SQL compiler's output over the benchmark profiles: DuckDB on one thread, or
 * an in-memory H2. Both load the same CSV into a profile table laid out like a workspace's.
 */
final class SqlEngineUnderTest implements AutoCloseable {
    private final String name;
    private final Dialect dialect;
    private final Connection connection;
    private final SqlCompiler compiler = new SqlCompiler();

    private SqlEngineUnderTest(String name, Dialect dialect, Connection connection) {
        this.name = name;
        this.dialect = dialect;
        this.connection = connection;
    }

    static SqlEngineUnderTest duckDb() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
        }
        return new SqlEngineUnderTest("DuckDB (1 thread)", Dialect.DUCKDB, connection);
    }

    /** Without H2's reuse of an unchanged query's last result, which would time a cache, not a query. */
    static SqlEngineUnderTest h2() throws SQLException {
        return new SqlEngineUnderTest("H2", Dialect.H2,
                DriverManager.getConnection("jdbc:h2:mem:bench;DATABASE_TO_LOWER=TRUE;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", ""));
    }

    String name() {
        return name;
    }

    void load(Path csv, List<Attribute> attributes) throws SQLException {
        String columns = attributes.stream().map(a -> "a_" + a.name() + " " + type(a)).collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE profile (profile_id BIGINT, profile_key VARCHAR, " + columns + ")");
            String file = csv.toAbsolutePath().toString().replace("'", "''");
            if (dialect == Dialect.DUCKDB) {
                statement.execute("INSERT INTO profile SELECT * FROM read_csv('" + file + "', header = true, all_varchar = false,"
                        + " columns = {'profile_id': 'BIGINT', 'profile_key': 'VARCHAR', " + attributes.stream()
                        .map(a -> "'" + a.name() + "': '" + type(a) + "'").collect(Collectors.joining(", ")) + "})");
            } else {
                statement.execute("INSERT INTO profile SELECT CAST(profile_id AS BIGINT), profile_key, " + attributes.stream()
                        .map(a -> "CAST(NULLIF(" + a.name() + ", '') AS " + type(a) + ")").collect(Collectors.joining(", "))
                        + " FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8 caseSensitiveColumnNames=true')");
            }
        }
    }

    private String type(Attribute attribute) {
        return sqlType(attribute, dialect);
    }

    /** The column type of a benchmark attribute in H2 or DuckDB. */
    static String sqlType(Attribute attribute, Dialect dialect) {
        return switch (attribute.type()) {
            case INTEGER -> "BIGINT";
            case DECIMAL -> dialect == Dialect.DUCKDB ? "DECIMAL(18,3)" : "DECFLOAT";
            case STRING -> "VARCHAR";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            default -> throw new IllegalArgumentException(attribute.type() + " is not in the benchmark");
        };
    }

    long count(Condition expanded, RuleSchema schema, AsOf asOf) throws SQLException {
        SqlFragment sql = compiler.count(expanded, schema, asOf, dialect);
        try (PreparedStatement statement = prepare(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The pairwise overlap matrix in one query: each segment's predicate once per row, then the sums. */
    long[][] overlaps(List<Condition> expanded, RuleSchema schema, AsOf asOf) throws SQLException {
        int n = expanded.size();
        List<Object> params = new ArrayList<>();
        StringBuilder flags = new StringBuilder();
        for (int i = 0; i < n; i++) {
            SqlFragment where = compiler.where(expanded.get(i), schema, asOf, dialect);
            flags.append(i == 0 ? "" : ", ").append("(").append(where.sql()).append(") AS s").append(i);
            params.addAll(where.params());
        }
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                sums.append(sums.length() == 0 ? "" : ", ")
                        .append("SUM(CASE WHEN s").append(i).append(" AND s").append(j).append(" THEN 1 ELSE 0 END)");
            }
        }
        String sql = "WITH m AS (SELECT " + flags + " FROM profile p) SELECT " + sums + " FROM m";
        long[][] counts = new long[n][n];
        try (PreparedStatement statement = prepare(new SqlFragment(sql, params)); ResultSet rows = statement.executeQuery()) {
            rows.next();
            int column = 1;
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    counts[i][j] = rows.getLong(column++);
                    counts[j][i] = counts[i][j];
                }
            }
        }
        return counts;
    }

    private PreparedStatement prepare(SqlFragment sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.sql());
        for (int i = 0; i < sql.params().size(); i++) {
            statement.setObject(i + 1, sql.params().get(i));
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
