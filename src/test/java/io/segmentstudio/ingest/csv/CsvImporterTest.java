package io.segmentstudio.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.ImportLog.Rejection;
import io.segmentstudio.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private CsvImporter importer;

    @BeforeEach
    void createWorkspace() {
        workspace = Workspace.create(dir.resolve("test"), ZoneId.of("UTC"));
        importer = new CsvImporter(workspace, "tester");
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private CsvImportResult importKeyed(Path file, String key) {
        return importer.run(new CsvImportOptions(file, Delimiter.COMMA, key, null), ProgressListener.NONE);
    }

    /** The stored value as JDBC returns it (String, Long, BigDecimal, Boolean, java.sql.Date). */
    private Object value(String key, String attribute) {
        return workspace.jdbi().withHandle(h -> h.createQuery("SELECT a_" + attribute
                        + " FROM profile WHERE profile_key = :key").bind("key", key)
                .map((rs, ctx) -> rs.getObject(1)).one());
    }

    private Map<String, AttributeType> catalogTypes() {
        return workspace.attributes().list().stream()
                .collect(Collectors.toMap(Attribute::name, Attribute::type));
    }

    @Test
    void importsRowsWithInferredTypesIntoNewAttributes() throws IOException {
        Path file = csv("people.csv", """
                id,Name,Age,Score,Joined,Active,Zip,Notes
                p1,Ann,34,12.5,2023-01-15,yes,01234,"likes tea, coffee"
                p2,Bob,,7,2023-02-01,no,02345,
                p3,"Cy ""CJ"" Jones",51, ,2022-12-31,Yes,10001,"two
                lines"
                """);
        CsvImportResult result = importKeyed(file, "id");

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.rejected()).isZero();
        assertThat(result.inferredTypes()).containsExactly(
                entry("name", AttributeType.STRING), entry("age", AttributeType.INTEGER),
                entry("score", AttributeType.DECIMAL), entry("joined", AttributeType.DATE),
                entry("active", AttributeType.BOOLEAN), entry("zip", AttributeType.STRING),
                entry("notes", AttributeType.STRING));
        assertThat(result.attributesAdded()).extracting(Attribute::name)
                .containsExactly("name", "age", "score", "joined", "active", "zip", "notes");
        assertThat(result.attributesAdded().get(0).source()).isEqualTo("csv:people.csv");
        assertThat(catalogTypes()).doesNotContainKey("id").containsEntry("age", AttributeType.INTEGER);

        assertThat(workspace.profiles().count()).isEqualTo(3);
        assertThat(value("p3", "name")).isEqualTo("Cy \"CJ\" Jones");
        assertThat(value("p1", "age")).isEqualTo(34L);
        assertThat(value("p2", "age")).isNull();
        assertThat((BigDecimal) value("p1", "score")).isEqualByComparingTo("12.5");
        assertThat(value("p3", "score")).isNull();
        assertThat(value("p1", "joined")).hasToString(LocalDate.of(2023, 1, 15).toString());
        assertThat(value("p3", "active")).isEqualTo(true);
        assertThat(value("p1", "zip")).isEqualTo("01234");
        assertThat(value("p3", "notes")).isEqualTo("two\nlines");
    }

    @Test
    void recordsACompletedRunAndAnAuditEntry() throws IOException {
        CsvImportResult result = importKeyed(csv("a.csv", "id,x\n1,2\n"), "id");

        ImportLog.ImportRun run = workspace.imports().runs().get(0);
        assertThat(run.id()).isEqualTo(result.importId());
        assertThat(run.status()).isEqualTo(ImportLog.Status.COMPLETED);
        assertThat(run.rowsRead()).isEqualTo(1);
        assertThat(run.rowsImported()).isEqualTo(1);
        AuditLog.Entry audit = workspace.audit().recent(1).get(0);
        assertThat(audit.action()).isEqualTo("import.csv");
        assertThat(audit.actor()).isEqualTo("tester");
        assertThat(audit.target()).isEqualTo("csv:a.csv");
        assertThat(workspace.syncStates().list()).singleElement().satisfies(source -> {
            assertThat(source.name()).isEqualTo("csv:a.csv");
            assertThat(source.lastStatus()).isEqualTo("OK");
            assertThat(source.lastMessage()).isEqualTo("1 imported, 0 rejected");
        });
        assertThat(workspace.syncStates().lastSync()).isPresent();
    }

    @Test
    void withoutAKeyColumnTheDataRowNumberIsTheKey() throws IOException {
        importer.run(CsvImportOptions.of(csv("rows.csv", "city\nOslo\nRome\n")), ProgressListener.NONE);
        assertThat(value("1", "city")).isEqualTo("Oslo");
        assertThat(value("2", "city")).isEqualTo("Rome");
    }

    @Test
    void reimportingUpdatesProfilesByKeyAndKeepsExistingAttributes() throws IOException {
        importKeyed(csv("v1.csv", "id,plan,spend\na,basic,10\nb,pro,20\n"), "id");
        CsvImportResult second = importKeyed(csv("v2.csv", "id,plan,spend\nb,basic,25\nc,pro,30\n"), "id");

        assertThat(second.attributesAdded()).isEmpty();
        assertThat(workspace.profiles().count()).isEqualTo(3);
        assertThat(value("a", "plan")).isEqualTo("basic");
        assertThat(value("b", "plan")).isEqualTo("basic");
        assertThat(value("b", "spend")).isEqualTo(25L);
        assertThat(workspace.attributes().list()).hasSize(2);
    }

    @Test
    void aCatalogAttributeKeepsItsTypeAndRejectsCellsThatDoNotFitIt() throws IOException {
        importKeyed(csv("v1.csv", "id,tenure\na,12\n"), "id");
        CsvImportResult second = importKeyed(csv("v2.csv", "id,tenure\nb,abc\nc,7\n"), "id");

        assertThat(second.inferredTypes()).containsEntry("tenure", AttributeType.STRING);
        assertThat(catalogTypes()).containsEntry("tenure", AttributeType.INTEGER);
        assertThat(second.imported()).isEqualTo(1);
        assertThat(workspace.imports().rejections(second.importId())).containsExactly(
                new Rejection(1, "tenure", "column 'tenure': 'abc' is not an integer", "b,abc"));
    }

    @Test
    void badRowsAreRejectedWithRowColumnReasonAndRawTextWhileTheRestIsImported() throws IOException {
        Path file = csv("mixed.csv", """
                id,joined,amount
                a,2024-01-31,1.5
                b,2024-02-30,2
                c,2024-03-01
                ,2024-03-02,3
                a,2024-03-03,4
                "d"x,2024-03-04,5
                e,2024-03-05,1,889.00
                f,2024-03-06,6
                """);
        CsvImportResult result = importKeyed(file, "id");

        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(6);
        List<Rejection> rejections = workspace.imports().rejections(result.importId());
        assertThat(rejections).extracting(Rejection::rowNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rejections.get(0)).isEqualTo(new Rejection(2, "joined",
                "column 'joined': '2024-02-30' is not a valid date", "b,2024-02-30,2"));
        assertThat(rejections.get(1).reason()).contains("line 4 has 2 fields, the header has 3");
        assertThat(rejections.get(2).reason()).isEqualTo("column 'id': the key is blank");
        assertThat(rejections.get(3).reason()).isEqualTo("column 'id': key 'a' was already imported from row 1");
        assertThat(rejections.get(4).reason()).contains("line 7").contains("closing quote");
        assertThat(rejections.get(5).reason()).contains("line 8 has 4 fields");
        assertThat(rejections.get(5).rawRow()).isEqualTo("e,2024-03-05,1,889.00");
        assertThat(workspace.imports().runs().get(0).rowsRejected()).isEqualTo(6);
    }

    @Test
    void aKeyRejectedForABadValueMayStillBeImportedFromALaterRow() throws IOException {
        workspace.attributes().add(new Attribute("n", AttributeType.INTEGER, "", "", false));
        CsvImportResult result = importKeyed(csv("retry.csv", "id,n\na,x1\na,1\n"), "id");

        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(value("a", "n")).isEqualTo(1L);
    }

    @Test
    void anUnknownKeyColumnIsAFileErrorListingTheColumns() throws IOException {
        Path file = csv("k.csv", "customerID,plan\n1,a\n");
        assertThatThrownBy(() -> importKeyed(file, "custId"))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("'custId'").hasMessageContaining("k.csv").hasMessageContaining("customerID, plan");
        assertThat(workspace.imports().runs()).isEmpty();
        assertThat(workspace.attributes().list()).isEmpty();
    }

    @Test
    void aCancelledImportRemovesTheAttributesItAddedAndRecordsAFailedRun() throws IOException {
        importKeyed(csv("seed.csv", "id,plan\nz,basic\n"), "id");
        Path big = csv("big.csv", rows(2_500));
        ProgressListener cancelWhileWriting = listener(message -> message.startsWith("Importing"), null);

        assertThatThrownBy(() -> importer.run(new CsvImportOptions(big, null, "id", null), cancelWhileWriting))
                .isInstanceOf(ProgressListener.CancelledException.class);
        assertThat(workspace.attributes().list()).extracting(Attribute::name).containsExactly("plan");
        assertThat(workspace.profiles().count()).isEqualTo(1);
        assertThat(value("z", "plan")).isEqualTo("basic");
        ImportLog.ImportRun run = workspace.imports().runs().get(0);
        assertThat(run.status()).isEqualTo(ImportLog.Status.FAILED);
        assertThat(run.rowsImported()).isZero();
        assertThat(workspace.audit().recent(10)).hasSize(1);
    }

    @Test
    void aFailureInsideTheRowTransactionLeavesNothingHalfWritten() throws IOException {
        Path big = csv("big.csv", rows(2_500));
        ProgressListener failing = listener(message -> false, message -> message.startsWith("Importing"));

        assertThatThrownBy(() -> importer.run(new CsvImportOptions(big, null, "id", null), failing))
                .hasMessage("disk full");
        assertThat(workspace.attributes().list()).isEmpty();
        assertThat(workspace.profiles().count()).isZero();
        assertThat(workspace.imports().runs().get(0).status()).isEqualTo(ImportLog.Status.FAILED);
    }

    @Test
    void reportsProgressWhileReadingAndWriting() throws IOException {
        List<String> messages = new ArrayList<>();
        importer.run(new CsvImportOptions(csv("big.csv", rows(2_500)), null, "id", null), new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                messages.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(messages).containsExactly("1000/-1 Reading big.csv", "2000/-1 Reading big.csv",
                "1000/2500 Importing big.csv", "2000/2500 Importing big.csv", "2500/2500 Imported big.csv");
    }

    private static String rows(int count) {
        StringBuilder text = new StringBuilder("id,score,segment\n");
        for (int i = 1; i <= count; i++) {
            text.append("k").append(i).append(',').append(i % 97).append(",s").append(i % 5).append('\n');
        }
        return text.toString();
    }

    /** Cancels, or throws "disk full", on the first progress message matching the given tests. */
    private static ProgressListener listener(Predicate<String> cancelOn, Predicate<String> failOn) {
        return new ProgressListener() {
            private boolean cancelled;

            @Override
            public void progress(long done, long total, String message) {
                if (failOn != null && failOn.test(message)) {
                    throw new IllegalStateException("disk full");
                }
                cancelled = cancelled || cancelOn.test(message);
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }
}
