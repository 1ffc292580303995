package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.sql.SqlCompiler;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The compiled SQL of one dialect, run on a real database over the workspace's two tables. Loading
 * recreates the tables (PostgreSQL's text columns get the scenario's collation) and sets the session's
 * time zone to one far from the workspace zone: no answer may depend on it.
 */
final class SqlBackend implements Backend {
    private final String name;
    private final Dialect dialect;
    private final Connection connection;
    private final Cleanup cleanup;
    private final List<String> collations;
    private static final int ROWS_PER_INSERT = 100;
    private final SqlCompiler compiler = new SqlCompiler(DiffSchema.NAMES);
    private long nanos;
    private long loadNanos;

    /**
     * @param collations the PostgreSQL collations the server has (others fall back to the default)
     * @param cleanup    runs before the connection closes (drops PostgreSQL's private schema)
     */
    SqlBackend(String name, Dialect dialect, Connection connection, List<String> collations, Cleanup cleanup) {
        this.name = name;
        this.dialect = dialect;
        this.connection = connection;
        this.collations = collations;
        this.cleanup = cleanup;
    }

    static SqlBackend h2() throws SQLException {
        String database = "diff_" + Long.toHexString(System.nanoTime());
        return new SqlBackend("H2", Dialect.H2,
                DriverManager.getConnection("jdbc:h2:mem:" + database + ";DATABASE_TO_LOWER=TRUE"), List.of(), null);
    }

    /** DuckDB in memory, on one thread (the machine is shared). */
    static SqlBackend duckdb() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
        }
        return new SqlBackend("DuckDB", Dialect.DUCKDB, connection, List.of(), null);
    }

    @Override
    public String name() {
        return name;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The collation PostgreSQL's text columns get in this scenario, null for the database default. */
    String collation(Scenario scenario) {
        return dialect == Dialect.POSTGRESQL && collations.contains(scenario.pgCollation()) ? scenario.pgCollation() : null;
    }

    @Override
    public void load(Scenario scenario) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(switch (dialect) {
                case DUCKDB -> "SET TimeZone = '" + scenario.sessionZone() + "'";
                default -> "SET TIME ZONE '" + scenario.sessionZone() + "'";
            });
            statement.execute("DROP TABLE IF EXISTS event");
            statement.execute("DROP TABLE IF EXISTS profile");
            for (String ddl : DiffSchema.ddl(dialect, collation(scenario))) {
                statement.execute(ddl);
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            insertProfiles(scenario.profiles());
            insertEvents(scenario.profiles());
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
            nanos += System.nanoTime() - start;
            loadNanos += System.nanoTime() - start;
        }
    }

    private void insertProfiles(List<Profile> profiles) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            List<Object> row = new ArrayList<>();
            row.add((long) i + 1);
            row.add(profile.key());
            DiffSchema.ATTRIBUTES.keySet().forEach(attribute -> row.add(profile.value(attribute)));
            rows.add(row);
        }
        insert("profile", 2 + DiffSchema.ATTRIBUTES.size(), rows);
    }

    private void insertEvents(List<Profile> profiles) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        long eventId = 0;
        for (int i = 0; i < profiles.size(); i++) {
            for (Event event : profiles.get(i).events()) {
                List<Object> row = new ArrayList<>();
                row.add(++eventId);
                row.add((long) i + 1);
                row.add(event.type());
                row.add(event.occurredAt());
                DiffSchema.PROPERTIES.keySet().forEach(property -> row.add(event.properties().get(property)));
                rows.add(row);
            }
        }
        insert("event", 4 + DiffSchema.PROPERTIES.size(), rows);
    }

    /** Multi-row INSERTs of up to {@link #ROWS_PER_INSERT} rows: DuckDB runs a JDBC batch row by row. */
    private void insert(String table, int columns, List<List<Object>> rows) throws SQLException {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple)))) {
                int index = 1;
                for (List<Object> row : chunk) {
                    for (Object value : row) {
                        bind(insert, index++, value);
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * Stores a profile or event value: instants as UTC OffsetDateTime, lists as arrays, and a decimal
     * with a negative scale (1E+2) as the same number with scale 0 (DuckDB's driver refuses negative scales).
     */
    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof List<?> list) {
            statement.setArray(index, connection.createArrayOf(dialect == Dialect.POSTGRESQL ? "text" : "VARCHAR",
                    list.toArray()));
        } else if (value instanceof BigDecimal decimal && decimal.scale() < 0) {
            statement.setBigDecimal(index, decimal.setScale(0));
        } else {
            statement.setObject(index, value);
        }
    }

    SqlFragment sql(Condition expandedRule, Scenario scenario) {
        return compiler.selectMembers(expandedRule, DiffSchema.SCHEMA, scenario.asOf(), dialect);
    }

    @Override
    public SortedSet<String> members(Condition expandedRule, Scenario scenario) throws SQLException {
        long start = System.nanoTime();
        try {
            return run(sql(expandedRule, scenario));
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /** Runs the fragment binding each parameter exactly as the compiler gives it. */
    SortedSet<String> run(SqlFragment fragment) throws SQLException {
        SortedSet<String> keys = new TreeSet<>();
        query(fragment, rows -> keys.add(rows.getString(1)));
        return keys;
    }

    /** Runs the fragment (parameters bound as given) and hands each row to the reader. */
    void query(SqlFragment fragment, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(fragment.sql())) {
            List<Object> params = new ArrayList<>(fragment.params());
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public long loadNanos() {
        return loadNanos;
    }

    /** Work on the connection before it closes. */
    @FunctionalInterface
    interface Cleanup {
        void run() throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (cleanup != null) {
                cleanup.run();
            }
        } finally {
            connection.close();
        }
    }
}
