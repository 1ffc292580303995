package io.segmentstudio.engine.differential;

import io.segmentstudio.engine.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real PostgreSQL server of the differential tests, from {@code SEGMENT_STUDIO_PG_URL} (a JDBC URL
 * with user and password; {@code .ci/run} starts Debian's server and exports it). Without the variable
 * the PostgreSQL backend is skipped with a message — except on CI ({@code CI=true}), where a missing
 * PostgreSQL fails the test: CI must never silently lose a backend. Each run works in a private schema
 * that it creates and drops, so that parallel runs do not collide.
 */
final class PostgresServer {
    static final String URL_VARIABLE = "SEGMENT_STUDIO_PG_URL";

    private PostgresServer() {
    }

    /** Whether this run is on CI, where every backend is required. */
    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The PostgreSQL backend, or empty (with the reason printed) when the URL is not set outside CI.
     *
     * @throws AssertionError on CI without the URL
     * @throws SQLException   when the URL is set but the server cannot be used
     */
    static Optional<SqlBackend> connect() throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String reason = URL_VARIABLE + " is not set";
            if (onCi()) {
                throw new AssertionError("PostgreSQL backend missing on CI (CI=true): " + reason
                        + ". .ci/run starts a PostgreSQL server and exports it; CI must never drop a backend.");
            }
            System.out.println("Differential: PostgreSQL backend SKIPPED (" + reason + "; set it to a JDBC URL such as"
                    + " jdbc:postgresql://127.0.0.1:5432/segstudio_test?user=segstudio&password=segstudio to include it)."
                    + " With CI=true this would fail.");
            return Optional.empty();
        }
        Connection connection = DriverManager.getConnection(url);
        String schema = "segstudio_diff_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 4)
                .toLowerCase(Locale.ROOT);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('server_version'), datcollate, datctype"
                     + " FROM pg_database WHERE datname = current_database()")) {
            rows.next();
            System.out.println("Differential: PostgreSQL " + rows.getString(1) + ", database collation " + rows.getString(2)
                    + ", ctype " + rows.getString(3) + ", private schema " + schema);
        }
        List<String> collations = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT collname FROM pg_collation")) {
            while (rows.next()) {
                collations.add(rows.getString(1));
            }
        }
        SqlBackend.Cleanup dropSchema = () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        };
        return Optional.of(new SqlBackend("PostgreSQL", Dialect.POSTGRESQL, connection, collations, dropSchema));
    }

}
