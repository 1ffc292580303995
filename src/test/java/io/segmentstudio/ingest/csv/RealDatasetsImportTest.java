package io.segmentstudio.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.segmentstudio.domain.AttributeStats;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the public data sets in the shared datasets folder (see each one's SOURCE.md for its quirks).
 * Skipped, never failed, when the folder is absent.
 */
class RealDatasetsImportTest {
    @TempDir
    Path dir;

    static Path dataset(String relative) {
        Path file = Path.of(System.getProperty("segmentstudio.datasets", "../shared/datasets")).resolve(relative);
        assumeThat(Files.exists(file)).as(file + ": datasets folder missing: skipping").isTrue();
        return file;
    }

    @Test
    void telcoChurnImportsEveryCustomerWithTypedColumns() {
        Path file = dataset("telco-customer-churn/Telco-Customer-Churn.csv");
        try (Workspace workspace = Workspace.create(dir.resolve("telco"), ZoneId.of("UTC"))) {
            CsvImportResult result = new CsvImporter(workspace, "tester")
                    .run(new CsvImportOptions(file, Delimiter.COMMA, "customerID", null), ProgressListener.NONE);

            assertThat(result.rowsRead()).isEqualTo(7_043);
            assertThat(result.imported()).isEqualTo(7_043);
            assertThat(result.rejected()).isZero();
            assertThat(workspace.profiles().count()).isEqualTo(7_043);
            assertThat(result.inferredTypes())
                    .doesNotContainKey("customer_id")
                    .containsEntry("total_charges", AttributeType.DECIMAL)
                    .containsEntry("monthly_charges", AttributeType.DECIMAL)
                    .containsEntry("tenure", AttributeType.INTEGER)
                    .containsEntry("senior_citizen", AttributeType.INTEGER)
                    .containsEntry("partner", AttributeType.BOOLEAN)
                    .containsEntry("churn", AttributeType.BOOLEAN)
                    .containsEntry("multiple_lines", AttributeType.STRING)
                    .hasSize(20);
            Map<String, AttributeStats> stats = workspace.profiles().stats().stream()
                    .collect(Collectors.toMap(s -> s.attribute().name(), Function.identity()));
            assertThat(stats.get("total_charges").filled()).isEqualTo(7_043 - 11);
            assertThat(stats.get("tenure").filled()).isEqualTo(7_043);
            System.out.printf("telco: %,d rows imported in %d ms (in-process, both passes)%n",
                    result.imported(), result.duration().toMillis());
        }
    }

    @Test
    void hillstromQuotedCommasParseIntoTwelveFields() {
        Path file = dataset("hillstrom-email/hillstrom.csv");
        CsvScan scan = CsvScan.of(file, Delimiter.COMMA, ProgressListener.NONE);

        assertThat(scan.rows()).isEqualTo(64_000);
        assertThat(scan.header().width()).isEqualTo(12);
        assertThat(scan.inferredTypes())
                .containsEntry("history_segment", AttributeType.STRING)
                .containsEntry("history", AttributeType.DECIMAL)
                .containsEntry("spend", AttributeType.DECIMAL)
                .containsEntry("recency", AttributeType.INTEGER)
                .containsEntry("zip_code", AttributeType.STRING);
        try (CsvReader reader = CsvReader.open(file, Delimiter.COMMA)) {
            long quoted = 0;
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                assertThat(r.size()).as("line %d", r.line()).isEqualTo(12);
                quoted += r.field(1).contains(",") ? 1 : 0;
            }
            assertThat(quoted).isEqualTo(3_167);
        }
    }

    @Test
    void customerPersonalityIsTabSeparatedWithCrLfAndBlankIncomes() {
        Path file = dataset("customer-personality/marketing_campaign.csv");
        CsvScan scan = CsvScan.of(file, Delimiter.TAB, ProgressListener.NONE);

        assertThat(scan.rows()).isEqualTo(2_240);
        assertThat(scan.header().width()).isEqualTo(29);
        assertThat(scan.inferredTypes())
                .containsEntry("income", AttributeType.INTEGER)
                .containsEntry("dt_customer", AttributeType.STRING)
                .containsEntry("year_birth", AttributeType.INTEGER);
    }
}
