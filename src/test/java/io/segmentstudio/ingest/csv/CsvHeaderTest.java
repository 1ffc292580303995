package io.segmentstudio.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHeaderTest {
    private static CsvHeader header(String... labels) {
        return CsvHeader.of(List.of(labels), "people.csv", Delimiter.COMMA);
    }

    @Test
    void labelsBecomeAttributeNames() {
        assertThat(header("customerID", "TotalCharges", "E-mail Opt-in").columns())
                .extracting(CsvHeader.Column::attribute)
                .containsExactly("customer_id", "total_charges", "e_mail_opt_in");
    }

    @Test
    void findsAColumnByLabelOrByAttributeName() {
        CsvHeader header = header("customerID", "tenure");
        assertThat(header.find("customerID")).map(CsvHeader.Column::index).contains(0);
        assertThat(header.find("customer_id")).map(CsvHeader.Column::index).contains(0);
        assertThat(header.find("nope")).isEmpty();
    }

    @Test
    void labelsThatBecomeTheSameAttributeAreAFileErrorNamingBoth() {
        assertThatThrownBy(() -> header("id", "TotalCharges", "plan", "Total Charges"))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("people.csv")
                .hasMessageContaining("'TotalCharges' (2) and 'Total Charges' (4)")
                .hasMessageContaining("'total_charges'");
    }

    @Test
    void emptyLabelsAreAFileErrorNamingTheirPosition() {
        assertThatThrownBy(() -> header("id", "", "plan", " "))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("column 2 has no name")
                .hasMessageContaining("column 4 has no name");
    }

    @Test
    void aSingleColumnContainingAnotherDelimiterPointsAtTheRightOne() {
        assertThatThrownBy(() -> header("age;job;marital"))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("separated by ';' rather than ','");
    }
}
