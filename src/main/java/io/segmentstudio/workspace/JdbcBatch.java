package io.segmentstudio.workspace;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A prepared statement whose rows are sent in batches of a fixed size; counts what it has sent and,
 * when asked to, keeps the keys the database generated for them.
 */
final class JdbcBatch implements AutoCloseable {
    private final PreparedStatement statement;
    private final int size;
    private final String what;
    private final boolean keepKeys;
    private int pending;
    private long written;
    private long[] keys = new long[0];
    private int keyCount;

    /** @param what the rows' name for error messages, e.g. "profiles" */
    JdbcBatch(PreparedStatement statement, int size, String what) {
        this(statement, size, what, false);
    }

    /** @param keepKeys true when the statement was prepared to return one generated key per row */
    JdbcBatch(PreparedStatement statement, int size, String what, boolean keepKeys) {
        this.statement = statement;
        this.size = size;
        this.what = what;
        this.keepKeys = keepKeys;
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
                if (keepKeys) {
                    keepGeneratedKeys();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write " + what + ": " + e.getMessage(), e);
            }
            written += pending;
            pending = 0;
        }
        return written;
    }

    /** The generated keys of the rows sent since the last call, in row order; sends pending rows first. */
    long[] takeKeys() {
        if (!keepKeys) {
            throw new IllegalStateException("This batch of " + what + " does not keep generated keys");
        }
        flush();
        long[] taken = Arrays.copyOf(keys, keyCount);
        keyCount = 0;
        return taken;
    }

    private void keepGeneratedKeys() throws SQLException {
        try (ResultSet rs = statement.getGeneratedKeys()) {
            while (rs.next()) {
                if (keyCount == keys.length) {
                    keys = Arrays.copyOf(keys, Math.max(16, 2 * keys.length));
                }
                keys[keyCount++] = rs.getLong(1);
            }
        }
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
