package io.segmentstudio.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.AttributeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CellsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Object parse(AttributeType type, String cell) {
        return Cells.parse(type, cell, BERLIN);
    }

    @Test
    void parsesEachTypeIntoItsJavaValue() {
        assertThat(parse(AttributeType.INTEGER, " 42 ")).isEqualTo(42L);
        assertThat(parse(AttributeType.INTEGER, "007")).isEqualTo(7L);
        assertThat(parse(AttributeType.DECIMAL, "1889.50")).isEqualTo(new BigDecimal("1889.50"));
        assertThat(parse(AttributeType.BOOLEAN, "Yes")).isEqualTo(true);
        assertThat(parse(AttributeType.BOOLEAN, "f")).isEqualTo(false);
        assertThat(parse(AttributeType.DATE, "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(parse(AttributeType.STRING, " as written ")).isEqualTo(" as written ");
    }

    @Test
    void timestampsTakeTheirOffsetOrTheWorkspaceTimeZone() {
        assertThat(parse(AttributeType.TIMESTAMP, "2024-03-01T10:15:00Z"))
                .isEqualTo(Instant.parse("2024-03-01T10:15:00Z"));
        assertThat(parse(AttributeType.TIMESTAMP, "2024-03-01 10:15:00"))
                .isEqualTo(Instant.parse("2024-03-01T09:15:00Z"));
    }

    @Test
    void reasonsQuoteTheCellAndSayWhatWasExpected() {
        assertThatThrownBy(() -> parse(AttributeType.INTEGER, "abc")).hasMessage("'abc' is not an integer");
        assertThatThrownBy(() -> parse(AttributeType.INTEGER, "99999999999999999999"))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> parse(AttributeType.DECIMAL, "1,889.5"))
                .hasMessageContaining("'1,889.5' is not a decimal number").hasMessageContaining("thousands");
        assertThatThrownBy(() -> parse(AttributeType.DATE, "01/02/2024")).hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> parse(AttributeType.DATE, "2023-02-29")).hasMessage("'2023-02-29' is not a valid date");
        assertThatThrownBy(() -> parse(AttributeType.BOOLEAN, "1")).hasMessageContaining("yes/no");
        assertThatThrownBy(() -> parse(AttributeType.TIMESTAMP, "yesterday")).hasMessageContaining("ISO 8601");
    }

    @Test
    void longCellsAreShortenedInReasons() {
        assertThatThrownBy(() -> parse(AttributeType.INTEGER, "x".repeat(500)))
                .hasMessage("'" + "x".repeat(40) + "…' is not an integer");
    }
}
