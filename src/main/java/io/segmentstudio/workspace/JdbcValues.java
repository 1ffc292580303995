package io.segmentstudio.workspace;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Binds the core's typed values (String, Long, BigDecimal, Boolean, LocalDate, Instant, List) to JDBC. */
final class JdbcValues {
    private JdbcValues() {
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof Integer number) {
            statement.setLong(index, number);
        } else if (value instanceof List<?> list) {
            statement.setObject(index, list.toArray(new Object[0]));
        } else {
            statement.setObject(index, value);
        }
    }
}
