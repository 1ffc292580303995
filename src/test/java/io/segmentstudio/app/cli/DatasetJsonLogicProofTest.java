package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of rule interchange on real public data (../shared/datasets, or -Dsegmentstudio.datasets=DIR):
 * each CSV is imported with the real {@code import csv} command, then JsonLogic rules are evaluated with
 * {@code segment eval --format jsonlogic --json} and each count is compared with a computation written
 * here in plain Java over the CSV as this test parses it (its own RFC 4180 reader, not the app's). The
 * expected side follows segment semantics (semantics.md): a comparison on a missing value is false, a
 * negation (`!`, `!=`, `!in`) is its exact complement and so includes missing values, strings compare
 * exactly (as JsonLogic does). Blank cells are missing values, as the import documents.
 */
class DatasetJsonLogicProofTest {
    private static final Path DATASETS = Path.of(System.getProperty("segmentstudio.datasets", "../shared/datasets"));

    @TempDir
    Path dir;

    /** One rule: its JsonLogic, the expected membership in plain Java, and whether the import must warn. */
    record Case(String name, String jsonLogic, Predicate<Row> expected, boolean warns) {
        static Case of(String name, String jsonLogic, Predicate<Row> expected) {
            return new Case(name, jsonLogic, expected, false);
        }

        static Case warning(String name, String jsonLogic, Predicate<Row> expected) {
            return new Case(name, jsonLogic, expected, true);
        }
    }

    @TestFactory
    Stream<DynamicTest> telcoChurnCommaDelimitedWithBlankTotalCharges() throws IOException {
        Path csv = DATASETS.resolve("telco-customer-churn/Telco-Customer-Churn.csv");
        if (!Files.isRegularFile(csv)) {
            return skipped(csv);
        }
        Table telco = importDataset(csv, ',', "customerID");
        assertThat(telco.rows()).hasSize(7_043);
        assertThat(telco.rows().stream().filter(r -> r.isNull("TotalCharges")).count()).as("blank TotalCharges")
                .isEqualTo(11);
        return cases(telco, List.of(
                Case.of("missing total_charges", "{\"==\":[{\"var\":\"total_charges\"},null]}",
                        r -> r.isNull("TotalCharges")),
                Case.of("present total_charges", "{\"!=\":[{\"var\":\"total_charges\"},null]}",
                        r -> !r.isNull("TotalCharges")),
                Case.warning("unguarded < leaves missing values out", "{\"<\":[{\"var\":\"total_charges\"},100]}",
                        r -> lt(r.num("TotalCharges"), "100")),
                Case.of("! of > includes missing values", "{\"!\":{\">\":[{\"var\":\"total_charges\"},1000]}}",
                        r -> !gt(r.num("TotalCharges"), "1000")),
                Case.of("churned and monthly >= 70.5", """
                        {"and":[{"==":[{"var":"churn"},true]},{">=":[{"var":"monthly_charges"},70.5]}]}""",
                        r -> r.is("Churn", "Yes") && ge(r.num("MonthlyCharges"), "70.5")),
                Case.of("in a list", "{\"in\":[{\"var\":\"payment_method\"},[\"Electronic check\",\"Mailed check\"]]}",
                        r -> r.in("PaymentMethod", "Electronic check", "Mailed check")),
                Case.of("! in a list", "{\"!\":{\"in\":[{\"var\":\"internet_service\"},[\"DSL\",\"No\"]]}}",
                        r -> !r.in("InternetService", "DSL", "No")),
                Case.of("between 12 and 24 inclusive", "{\"<=\":[12,{\"var\":\"tenure\"},24]}",
                        r -> between(r.num("tenure"), "12", "24")),
                Case.of("exclusive between on integers", "{\"<\":[0,{\"var\":\"tenure\"},3]}",
                        r -> gt(r.num("tenure"), "0") && lt(r.num("tenure"), "3")),
                Case.of("or of and with !!", """
                        {"or":[{"==":[{"var":"senior_citizen"},1]},
                               {"and":[{"!!":{"var":"partner"}},{"==":[{"var":"contract"},"Two year"]}]}]}""",
                        r -> r.is("SeniorCitizen", "1") || r.is("Partner", "Yes") && r.is("Contract", "Two year")),
                Case.of("!= a string", "{\"!=\":[{\"var\":\"multiple_lines\"},\"No phone service\"]}",
                        r -> !r.is("MultipleLines", "No phone service")),
                Case.of("or with a missing value", """
                        {"or":[{"==":[{"var":"contract"},"Two year"]},{"==":[{"var":"total_charges"},null]}]}""",
                        r -> r.is("Contract", "Two year") || r.isNull("TotalCharges"))));
    }

    @TestFactory
    Stream<DynamicTest> bankMarketingSemicolonDelimitedAndQuoted() throws IOException {
        Path csv = DATASETS.resolve("bank-marketing/bank-additional.csv");
        if (!Files.isRegularFile(csv)) {
            return skipped(csv);
        }
        Table bank = importDataset(csv, ';', null);
        assertThat(bank.rows()).hasSize(4_119);
        return cases(bank, List.of(
                Case.of("age in [30, 40)", "{\"and\":[{\">=\":[{\"var\":\"age\"},30]},{\"<\":[{\"var\":\"age\"},40]}]}",
                        r -> ge(r.num("age"), "30") && lt(r.num("age"), "40")),
                Case.of("job in a list with dots", "{\"in\":[{\"var\":\"job\"},[\"admin.\",\"technician\",\"unknown\"]]}",
                        r -> r.in("job", "admin.", "technician", "unknown")),
                Case.of("! in a list", """
                        {"!":{"in":[{"var":"education"},["unknown","illiterate","basic.4y"]]}}""",
                        r -> !r.in("education", "unknown", "illiterate", "basic.4y")),
                Case.of("pdays sentinel", "{\"==\":[{\"var\":\"pdays\"},999]}", r -> r.is("pdays", "999")),
                Case.of("!= the sentinel", "{\"!=\":[{\"var\":\"pdays\"},999]}", r -> !r.is("pdays", "999")),
                Case.of("subscribed or long call", """
                        {"or":[{"==":[{"var":"y"},true]},{">":[{"var":"duration"},600]}]}""",
                        r -> r.is("y", "yes") || gt(r.num("duration"), "600")),
                Case.of("exclusive between on decimals", "{\"<\":[-1.8,{\"var\":\"emp_var_rate\"},1.4]}",
                        r -> gt(r.num("emp.var.rate"), "-1.8") && lt(r.num("emp.var.rate"), "1.4")),
                Case.of("between on decimals", "{\"<=\":[92.5,{\"var\":\"cons_price_idx\"},93.5]}",
                        r -> between(r.num("cons.price.idx"), "92.5", "93.5")),
                Case.of("a column named default", "{\"==\":[{\"var\":\"default\"},\"no\"]}", r -> r.is("default", "no")),
                Case.of("! of ==", "{\"!\":{\"==\":[{\"var\":\"housing\"},\"yes\"]}}", r -> !r.is("housing", "yes")),
                Case.of("in on a string", """
                        {"and":[{"==":[{"var":"month"},"may"]},{"in":["mon",{"var":"day_of_week"}]}]}""",
                        r -> r.is("month", "may") && r.get("day_of_week").contains("mon")),
                Case.warning("number as a string", "{\"<\":[{\"var\":\"euribor3m\"},\"1.5\"]}",
                        r -> lt(r.num("euribor3m"), "1.5"))));
    }

    @TestFactory
    Stream<DynamicTest> hillstromQuotedCommasWithoutATrailingNewline() throws IOException {
        Path csv = DATASETS.resolve("hillstrom-email/hillstrom.csv");
        if (!Files.isRegularFile(csv)) {
            return skipped(csv);
        }
        Table hillstrom = importDataset(csv, ',', null);
        assertThat(hillstrom.rows()).hasSize(64_000);
        assertThat(hillstrom.rows().stream().filter(r -> r.is("history_segment", "7) $1,000 +")).count())
                .as("the quoted commas parsed").isEqualTo(1_308);
        return cases(hillstrom, List.of(
                Case.of("in values with commas", """
                        {"in":[{"var":"history_segment"},["6) $750 - $1,000","7) $1,000 +"]]}""",
                        r -> r.in("history_segment", "6) $750 - $1,000", "7) $1,000 +")),
                Case.of("== a value with a comma", "{\"==\":[{\"var\":\"history_segment\"},\"7) $1,000 +\"]}",
                        r -> r.is("history_segment", "7) $1,000 +")),
                Case.of("! in", """
                        {"!":{"in":[{"var":"history_segment"},["1) $0 - $100","7) $1,000 +"]]}}""",
                        r -> !r.in("history_segment", "1) $0 - $100", "7) $1,000 +")),
                Case.of("contains a comma", "{\"in\":[\"$1,000\",{\"var\":\"history_segment\"}]}",
                        r -> r.get("history_segment").contains("$1,000")),
                Case.of("spenders of the womens e-mail", """
                        {"and":[{">":[{"var":"spend"},0]},{"==":[{"var":"segment"},"Womens E-Mail"]}]}""",
                        r -> gt(r.num("spend"), "0") && r.is("segment", "Womens E-Mail")),
                Case.of("decimal between", "{\"<=\":[100,{\"var\":\"history\"},200.5]}",
                        r -> between(r.num("history"), "100", "200.5")),
                Case.of("or of strings", """
                        {"or":[{"==":[{"var":"zip_code"},"Surburban"]},{"==":[{"var":"channel"},"Multichannel"]}]}""",
                        r -> r.is("zip_code", "Surburban") || r.is("channel", "Multichannel")),
                Case.of("and with !=", """
                        {"and":[{"==":[{"var":"mens"},1]},{"==":[{"var":"womens"},1]},{"!=":[{"var":"newbie"},1]}]}""",
                        r -> r.is("mens", "1") && r.is("womens", "1") && !r.is("newbie", "1")),
                Case.warning("! of or", """
                        {"!":{"or":[{"==":[{"var":"visit"},1]},{"<":[{"var":"recency"},6]}]}}""",
                        r -> !(r.is("visit", "1") || lt(r.num("recency"), "6")))));
    }

    @TestFactory
    Stream<DynamicTest> customerPersonalityTabDelimitedWithBlankIncome() throws IOException {
        Path csv = DATASETS.resolve("customer-personality/marketing_campaign.csv");
        if (!Files.isRegularFile(csv)) {
            return skipped(csv);
        }
        Table people = importDataset(csv, '\t', "ID");
        assertThat(people.rows()).hasSize(2_240);
        assertThat(people.rows().stream().filter(r -> r.isNull("Income")).count()).as("blank Income").isEqualTo(24);
        return cases(people, List.of(
                Case.of("missing income", "{\"==\":[{\"var\":\"income\"},null]}", r -> r.isNull("Income")),
                Case.of("!= includes missing values", "{\"!=\":[{\"var\":\"income\"},666666]}",
                        r -> !r.is("Income", "666666")),
                Case.of("> leaves missing values out", "{\">\":[{\"var\":\"income\"},50000]}",
                        r -> gt(r.num("Income"), "50000")),
                Case.warning("unguarded < leaves missing values out", "{\"<\":[{\"var\":\"income\"},30000]}",
                        r -> lt(r.num("Income"), "30000")),
                Case.of("junk categories", "{\"in\":[{\"var\":\"marital_status\"},[\"Alone\",\"Absurd\",\"YOLO\"]]}",
                        r -> r.in("Marital_Status", "Alone", "Absurd", "YOLO")),
                Case.of("! in", "{\"!\":{\"in\":[{\"var\":\"education\"},[\"Graduation\",\"PhD\"]]}}",
                        r -> !r.in("Education", "Graduation", "PhD")),
                Case.of("between", "{\"<=\":[1940,{\"var\":\"year_birth\"},1960]}",
                        r -> between(r.num("Year_Birth"), "1940", "1960")),
                Case.of("or of flags", """
                        {"or":[{"==":[{"var":"accepted_cmp1"},1]},{"==":[{"var":"accepted_cmp5"},1]},
                               {"==":[{"var":"response"},1]}]}""",
                        r -> r.is("AcceptedCmp1", "1") || r.is("AcceptedCmp5", "1") || r.is("Response", "1")),
                Case.of("in on a dd-mm-yyyy string", "{\"in\":[\"-2014\",{\"var\":\"dt_customer\"}]}",
                        r -> r.get("Dt_Customer").contains("-2014")),
                Case.warning("and with ! and an unguarded <", """
                        {"and":[{"<":[{"var":"kidhome"},1]},{">=":[{"var":"mnt_wines"},500]},
                                {"!":{"==":[{"var":"complain"},1]}}]}""",
                        r -> lt(r.num("Kidhome"), "1") && ge(r.num("MntWines"), "500") && !r.is("Complain", "1"))));
    }

    /** Imports the CSV with the real command into a fresh workspace; returns the test's own parse of it. */
    private Table importDataset(Path csv, char delimiter, String key) throws IOException {
        Table table = Table.parse(Files.readString(csv, StandardCharsets.UTF_8), delimiter);
        String ws = dir.resolve("ws").toString();
        run("workspace", "init", "-w", ws, "--time-zone", "UTC").assertOk();
        List<String> args = new ArrayList<>(List.of("import", "csv", "-w", ws, "--file", csv.toString(),
                "--delimiter", delimiter == '\t' ? "tab" : String.valueOf(delimiter), "--json"));
        if (key != null) {
            args.addAll(List.of("--key", key));
        }
        JsonNode imported = run(args.toArray(String[]::new)).assertOk().json();
        assertThat(imported.get("rejected").asLong()).as("rejected rows").isZero();
        assertThat(imported.get("imported").asLong()).as("imported rows").isEqualTo(table.rows().size());
        table.workspace = ws;
        return table;
    }

    /** One test that is skipped with the reason (an assumption failing in a factory would hide the message). */
    private static Stream<DynamicTest> skipped(Path csv) {
        return Stream.of(dynamicTest("data set missing", () -> assumeThat(Files.isRegularFile(csv))
                .as("%s is missing (the shared data sets live in ../shared/datasets, or set"
                        + " -Dsegmentstudio.datasets=DIR): skipping the data set proof", csv.toAbsolutePath().normalize())
                .isTrue()));
    }

    private Stream<DynamicTest> cases(Table table, List<Case> cases) {
        return cases.stream().map(c -> dynamicTest(c.name(), () -> {
            Path rule = Files.writeString(Files.createTempFile(dir, "rule", ".json"), c.jsonLogic());
            CliRunner.Result result = run("segment", "eval", "-w", table.workspace, "--rule", rule.toString(),
                    "--format", "jsonlogic", "--json").assertOk();
            long expected = table.rows().stream().filter(c.expected()).count();
            assertThat(result.json().get("count").asLong()).as("%s: %s", c.name(), c.jsonLogic()).isEqualTo(expected);
            assertThat(expected).as("a case that selects everyone or no one proves little").isBetween(1L,
                    (long) table.rows().size() - 1);
            assertThat(result.out().lines()).hasSize(1);
            assertThat(result.err().lines()).allSatisfy(line -> assertThat(line).startsWith("Warning: $"));
            if (c.warns()) {
                assertThat(result.err()).as("warning for %s", c.jsonLogic()).isNotEmpty();
            }
        }));
    }

    // The expected side: numbers as BigDecimal; a missing value (null) satisfies no comparison.

    private static boolean lt(BigDecimal value, String bound) {
        return value != null && value.compareTo(new BigDecimal(bound)) < 0;
    }

    private static boolean gt(BigDecimal value, String bound) {
        return value != null && value.compareTo(new BigDecimal(bound)) > 0;
    }

    private static boolean ge(BigDecimal value, String bound) {
        return value != null && value.compareTo(new BigDecimal(bound)) >= 0;
    }

    private static boolean between(BigDecimal value, String low, String high) {
        return ge(value, low) && !gt(value, high);
    }

    /** One data row by header label; blank cells (empty or only spaces) are null. */
    record Row(Map<String, String> cells) {
        String get(String label) {
            if (!cells.containsKey(label)) {
                throw new IllegalArgumentException("no column " + label + " in " + cells.keySet());
            }
            String cell = cells.get(label);
            return cell == null || cell.isBlank() ? null : cell;
        }

        boolean isNull(String label) {
            return get(label) == null;
        }

        boolean is(String label, String value) {
            return value.equals(get(label));
        }

        boolean in(String label, String... values) {
            return Set.of(values).contains(get(label));
        }

        BigDecimal num(String label) {
            String cell = get(label);
            return cell == null ? null : new BigDecimal(cell.strip());
        }
    }

    /** A CSV parsed by this test: RFC 4180 quotes (delimiters, doubled quotes), LF or CRLF, empty lines skipped. */
    static final class Table {
        private final List<Row> rows;
        String workspace;

        private Table(List<Row> rows) {
            this.rows = rows;
        }

        List<Row> rows() {
            return rows;
        }

        static Table parse(String text, char delimiter) {
            List<List<String>> records = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    endRecord(records, fields, field);
                    fields = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            endRecord(records, fields, field);
            List<String> header = records.get(0);
            List<Row> rows = new ArrayList<>();
            for (List<String> record : records.subList(1, records.size())) {
                assertThat(record).as("fields of %s", record).hasSameSizeAs(header);
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new Row(cells));
            }
            return new Table(rows);
        }

        private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field) {
            fields.add(field.toString());
            field.setLength(0);
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                records.add(fields);
            }
        }
    }
}
