package io.segmentstudio.workspace;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A prepared statement whose rows are sent in batches of a fixed size; counts what it has sent. */
final class JdbcBatch implements AutoCloseable {
    private final PreparedStatement statement;
    private final int size;
    private final String what;
    private int pending;
    private long written;

    /** @param what the rows' name for error messages, e.g. "profiles" */
    JdbcBatch(PreparedStatement statement, int size, String what) {
        this.statement = statement;
        this.size = size;
        this.what = what;
    }

    PreparedStatement statement() {
        return statement;
    }

    /** Queues the row whose parameters were just set; sends the batch when it is full. */
    void add() throws SQLException {
        statement.addBatch();
        if (++pending == size) {
            flush();
        }
    }

    /** Sends the pending rows; returns the number of rows written so far. */
    long flush() {
        if (pending > 0) {
            try {
                statement.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write " + what + ": " + e.getMessage(), e);
            }
            written += pending;
            pending = 0;
        }
        return written;
    }

    @Override
    public void close() {
        flush();
        try {
            statement.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
