package io.segmentstudio.workspace;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/** The workspace schema's versioned migrations (Flyway, scripts in {@code db/workspace}). */
final class SchemaMigrations {
    static final String LOCATION = "classpath:db/workspace";
    static final String HISTORY_TABLE = "flyway_schema_history";

    private final Flyway flyway;

    SchemaMigrations(DataSource dataSource, String target) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .target(target)
                .cleanDisabled(true)
                .load();
    }

    SchemaMigrations(DataSource dataSource) {
        this(dataSource, "latest");
    }

    /** Newest version this build knows. */
    String latestKnownVersion() {
        return Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS
                        && info.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion)
                .orElse("0");
    }

    void migrate() {
        flyway.migrate();
    }
}
