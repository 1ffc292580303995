package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.rule.Condition;
import java.sql.SQLException;
import java.util.SortedSet;

/**
 * One way of evaluating a rule over a loaded profile set: the in-memory evaluator or the compiled SQL
 * on one database. Times its own work, loading included.
 */
interface Backend extends AutoCloseable {
    String name();

    /** Makes the profile set the one that {@link #members} evaluates over (once per set). */
    void load(Scenario scenario) throws Exception;

    /**
     * The keys of the member profiles.
     *
     * @param expandedRule a rule passed through ReferenceExpander
     */
    SortedSet<String> members(Condition expandedRule, Scenario scenario) throws Exception;

    /** Nanoseconds spent in load and members so far. */
    long nanos();

    /** Of which loading profile sets. */
    default long loadNanos() {
        return 0;
    }

    @Override
    void close() throws SQLException;
}
