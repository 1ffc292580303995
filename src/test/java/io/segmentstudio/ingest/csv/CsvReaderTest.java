package io.segmentstudio.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    private static List<CsvRecord> read(String text, Delimiter delimiter) {
        try (CsvReader reader = new CsvReader(new StringReader(text), delimiter, "test.csv")) {
            List<CsvRecord> records = new ArrayList<>();
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            return records;
        }
    }

    private static List<List<String>> fields(String text) {
        return read(text, Delimiter.COMMA).stream().map(CsvRecord::fields).toList();
    }

    @Test
    void readsPlainRecordsWithOrWithoutAFinalLineBreak() {
        assertThat(fields("a,b\n1,2\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(fields("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void keepsEmptyFieldsIncludingALastEmptyOne() {
        assertThat(fields(",x,\n")).containsExactly(List.of("", "x", ""));
    }

    @Test
    void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() {
        List<CsvRecord> records = read("id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"\"\n",
                Delimiter.COMMA);
        assertThat(records).extracting(r -> r.field(1))
                .containsExactly("note", "a, b", "say \"hi\"", "two\nlines", "");
        assertThat(records).allMatch(CsvRecord::wellFormed);
    }

    @Test
    void reportsThePhysicalLineWhereEachRecordStarts() {
        List<CsvRecord> records = read("h\n\"one\ntwo\nthree\"\nnext\n", Delimiter.COMMA);
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L);
    }

    @Test
    void acceptsCrLfAndBareCrLineBreaksAndKeepsCrLfInsideQuotes() {
        List<CsvRecord> records = read("a,b\r\n1,\"x\r\ny\"\r\n2,3\r4,5\r\n", Delimiter.COMMA);
        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("a", "b"), List.of("1", "x\r\ny"), List.of("2", "3"), List.of("4", "5"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 5L);
    }

    @Test
    void keepsTheRawTextOfARecordWithoutItsLineBreak() {
        List<CsvRecord> records = read("a,b\r\n1,\"x,\"\"y\"\"\"\r\n", Delimiter.COMMA);
        assertThat(records.get(1).raw()).isEqualTo("1,\"x,\"\"y\"\"\"");
    }

    @Test
    void skipsEmptyLines() {
        assertThat(fields("a\n\n1\n\r\n\n2\n\n")).containsExactly(List.of("a"), List.of("1"), List.of("2"));
    }

    @Test
    void supportsSemicolonTabAndPipeDelimiters() {
        assertThat(read("\"a;b\";c\n", Delimiter.SEMICOLON).get(0).fields()).containsExactly("a;b", "c");
        assertThat(read("a,b\tc\n", Delimiter.TAB).get(0).fields()).containsExactly("a,b", "c");
        assertThat(read("a|b,c\n", Delimiter.PIPE).get(0).fields()).containsExactly("a", "b,c");
    }

    @Test
    void raggedRecordsAreReturnedAsTheyAre() {
        assertThat(fields("a,b,c\n1,2\n1,2,3,4\n")).extracting(List::size).containsExactly(3, 2, 4);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKept() {
        assertThat(fields("5'10\",x\n")).containsExactly(List.of("5'10\"", "x"));
    }

    @Test
    void textAfterAClosingQuoteMakesOnlyThatRecordMalformed() {
        List<CsvRecord> records = read("a,b\n\"x\"y,2\n3,4\n", Delimiter.COMMA);
        assertThat(records.get(1).wellFormed()).isFalse();
        assertThat(records.get(1).defect()).contains("line 2").contains("field 1");
        assertThat(records.get(1).fields()).containsExactly("xy", "2");
        assertThat(records.get(2).wellFormed()).isTrue();
    }

    @Test
    void anUnclosedQuoteIsAFileErrorNamingTheLineWhereItOpened() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3,\"never closed\n4,5\n", Delimiter.COMMA))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("test.csv")
                .hasMessageContaining("line 3")
                .hasMessageContaining("never closed");
    }

    @Test
    void skipsAUtf8ByteOrderMarkAndReadsNonAsciiText() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFname,city\nJosé,Zürich\n").getBytes(StandardCharsets.UTF_8));
        try (CsvReader reader = CsvReader.open(file, Delimiter.COMMA)) {
            assertThat(reader.next().fields()).containsExactly("name", "city");
            assertThat(reader.next().fields()).containsExactly("José", "Zürich");
        }
    }

    @Test
    void invalidUtf8IsAFileErrorNamingTheExactLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        StringBuilder text = new StringBuilder("name\n");
        for (int i = 0; i < 5000; i++) {
            text.append("row").append(i).append('\n');
        }
        text.append("Jos\u00e9\n");
        Files.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> {
            try (CsvReader reader = CsvReader.open(file, Delimiter.COMMA)) {
                while (reader.next() != null) {
                    // read to the end
                }
            }
        }).isInstanceOf(CsvException.class)
                .hasMessageContaining("latin1.csv")
                .hasMessageContaining("line 5002")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aByteOrderMarkAloneIsAnEmptyInput() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        try (CsvReader reader = new CsvReader(new StrictUtf8Reader(new ByteArrayInputStream(bom)), Delimiter.COMMA,
                "bom-only.csv")) {
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aMissingFileOrAFolderIsAClearError() {
        assertThatThrownBy(() -> CsvReader.open(dir.resolve("nope.csv"), Delimiter.COMMA))
                .isInstanceOf(CsvException.class).hasMessageContaining("No file at").hasMessageContaining("nope.csv");
        assertThatThrownBy(() -> CsvReader.open(dir, Delimiter.COMMA))
                .isInstanceOf(CsvException.class).hasMessageContaining("is a folder");
    }

    @Test
    void readsAcrossBufferBoundaries() {
        String cell = "x".repeat(70_000);
        List<CsvRecord> records = read("a,b\r\n\"" + cell + "\",1\r\n2,3\r\n", Delimiter.COMMA);
        assertThat(records).hasSize(3);
        assertThat(records.get(1).field(0)).hasSize(70_000);
        assertThat(records.get(2).fields()).containsExactly("2", "3");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void decodesMultiByteCharactersSplitAcrossReads() throws IOException {
        Path file = dir.resolve("accents.csv");
        String cell = "é€".repeat(50_000);
        Files.writeString(file, "a\n" + cell + "\n", StandardCharsets.UTF_8);
        try (CsvReader reader = CsvReader.open(file, Delimiter.COMMA)) {
            reader.next();
            assertThat(reader.next().field(0)).isEqualTo(cell);
            assertThat(reader.next()).isNull();
        }
    }
}
