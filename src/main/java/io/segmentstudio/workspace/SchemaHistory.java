package io.segmentstudio.workspace;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the schema version a workspace is at straight from Flyway's history table. Opening an
 * up-to-date workspace then needs no Flyway at all (loading it costs ~0.6 s of a cold start); Flyway
 * runs only when there is something to migrate.
 */
final class SchemaHistory {
    /** The newest migration in {@code db/workspace}; a test keeps it equal to the scripts. */
    static final int LATEST_VERSION = 5;

    private SchemaHistory() {
    }

    /** What the history says. */
    record State(int version, boolean hasFailures) {
        boolean isCurrent() {
            return version == LATEST_VERSION && !hasFailures;
        }

        boolean isNewer() {
            return version > LATEST_VERSION;
        }
    }

    static State read(Jdbi jdbi) {
        return jdbi.withHandle(handle -> {
            boolean exists = handle.createQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = :name")
                    .bind("name", SchemaMigrations.HISTORY_TABLE).mapTo(Integer.class).one() > 0;
            if (!exists) {
                return new State(0, false);
            }
            List<String> versions = handle.createQuery("SELECT \"version\" FROM \"" + SchemaMigrations.HISTORY_TABLE
                    + "\" WHERE \"success\" AND \"version\" IS NOT NULL").mapTo(String.class).list();
            int failures = handle.createQuery("SELECT COUNT(*) FROM \"" + SchemaMigrations.HISTORY_TABLE
                    + "\" WHERE NOT \"success\"").mapTo(Integer.class).one();
            int version = versions.stream().mapToInt(SchemaHistory::major).max().orElse(0);
            return new State(version, failures > 0);
        });
    }

    /** "2" → 2, "2.1" → 2: our migrations are numbered with whole numbers. */
    private static int major(String version) {
        String head = version.split("[._]")[0];
        try {
            return Integer.parseInt(head);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
