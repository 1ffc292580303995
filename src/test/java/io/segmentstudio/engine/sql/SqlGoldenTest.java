package io.segmentstudio.engine.sql;

import static io.segmentstudio.domain.rule.Operator.AFTER;
import static io.segmentstudio.domain.rule.Operator.ANNIVERSARY;
import static io.segmentstudio.domain.rule.Operator.BEFORE;
import static io.segmentstudio.domain.rule.Operator.BETWEEN;
import static io.segmentstudio.domain.rule.Operator.CONTAINS;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_ALL;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_ANY;
import static io.segmentstudio.domain.rule.Operator.CONTAINS_NONE;
import static io.segmentstudio.domain.rule.Operator.ENDS_WITH;
import static io.segmentstudio.domain.rule.Operator.EQUALS;
import static io.segmentstudio.domain.rule.Operator.GREATER_OR_EQUAL;
import static io.segmentstudio.domain.rule.Operator.GREATER_THAN;
import static io.segmentstudio.domain.rule.Operator.IN;
import static io.segmentstudio.domain.rule.Operator.IN_LAST;
import static io.segmentstudio.domain.rule.Operator.IN_NEXT;
import static io.segmentstudio.domain.rule.Operator.IS_EMPTY;
import static io.segmentstudio.domain.rule.Operator.IS_FALSE;
import static io.segmentstudio.domain.rule.Operator.IS_NOT_EMPTY;
import static io.segmentstudio.domain.rule.Operator.IS_NOT_NULL;
import static io.segmentstudio.domain.rule.Operator.IS_NULL;
import static io.segmentstudio.domain.rule.Operator.IS_TRUE;
import static io.segmentstudio.domain.rule.Operator.LESS_OR_EQUAL;
import static io.segmentstudio.domain.rule.Operator.LESS_THAN;
import static io.segmentstudio.domain.rule.Operator.MATCHES_REGEX;
import static io.segmentstudio.domain.rule.Operator.MORE_THAN_AGO;
import static io.segmentstudio.domain.rule.Operator.NOT_BETWEEN;
import static io.segmentstudio.domain.rule.Operator.NOT_EQUALS;
import static io.segmentstudio.domain.rule.Operator.NOT_IN;
import static io.segmentstudio.domain.rule.Operator.NOT_STARTS_WITH;
import static io.segmentstudio.domain.rule.Operator.ON;
import static io.segmentstudio.domain.rule.TimeUnit.DAYS;
import static io.segmentstudio.domain.rule.TimeUnit.MONTHS;
import static io.segmentstudio.engine.sql.Rules.and;
import static io.segmentstudio.engine.sql.Rules.between;
import static io.segmentstudio.engine.sql.Rules.compare;
import static io.segmentstudio.engine.sql.Rules.day;
import static io.segmentstudio.engine.sql.Rules.dec;
import static io.segmentstudio.engine.sql.Rules.event;
import static io.segmentstudio.engine.sql.Rules.is;
import static io.segmentstudio.engine.sql.Rules.last;
import static io.segmentstudio.engine.sql.Rules.not;
import static io.segmentstudio.engine.sql.Rules.or;
import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ComputedAttribute.Kind;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.Comparison.Op;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition.Function;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.SqlFragment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated SQL of representative rules in every dialect, kept in
 * {@code src/test/resources/sql-golden/<case>.<dialect>.sql} with its parameters. Snowflake and
 * BigQuery cannot run here, so these files are their proof: review a change to them like code.
 * Regenerate after an intended change with {@code mvn test -Dtest=SqlGoldenTest -Dsql.golden.update=true}.
 */
class SqlGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "sql-golden");
    private static final boolean UPDATE = Boolean.getBoolean("sql.golden.update");

    @TestFactory
    Stream<DynamicTest> generatedSqlMatchesTheGoldenFiles() {
        return cases().entrySet().stream().flatMap(example -> Arrays.stream(Dialect.values()).map(dialect ->
                DynamicTest.dynamicTest(example.getKey() + "." + dialect.key(), () -> check(example.getKey(),
                        example.getValue(), dialect))));
    }

    @Test
    void everyGoldenFileBelongsToACase() throws IOException {
        Set<String> expected = cases().keySet().stream().flatMap(name -> Arrays.stream(Dialect.values())
                .map(dialect -> name + "." + dialect.key() + ".sql")).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(file -> file.getFileName().toString())).as("stale golden files: delete them")
                    .allMatch(expected::contains);
        }
    }

    private static void check(String name, Condition rule, Dialect dialect) throws IOException {
        String actual;
        try {
            SqlFragment select = name.startsWith("computed_")
                    ? new SqlCompiler().withComputedExpressions(COMPUTED).selectMembers(rule, COMPUTED_SCHEMA,
                            SqlTestData.AS_OF, dialect)
                    : new SqlCompiler().selectMembers(rule, SqlTestData.SCHEMA, SqlTestData.AS_OF, dialect);
            actual = render(name, dialect, select);
        } catch (RuleException e) {
            actual = "-- " + name + " (" + dialect.key() + "): refused\n-- " + e.getMessage() + "\n";
        }
        Path file = GOLDEN.resolve(name + "." + dialect.key() + ".sql");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file missing; run with -Dsql.golden.update=true to create it").exists();
        assertThat(actual).as("SQL for %s differs from %s (regenerate with -Dsql.golden.update=true and review the diff)",
                dialect.key(), file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A comment block with the numbered parameters, then the statement. */
    private static String render(String name, Dialect dialect, SqlFragment select) {
        StringBuilder text = new StringBuilder("-- ").append(name).append(" (").append(dialect.key())
                .append("), as of ").append(SqlTestData.AS_OF.instant()).append(" in ")
                .append(SqlTestData.AS_OF.zone()).append("\n-- parameters:").append(select.params().isEmpty() ? " none\n" : "\n");
        for (int i = 0; i < select.params().size(); i++) {
            Object param = select.params().get(i);
            text.append("--   ").append(i + 1).append(": ").append(param.getClass().getSimpleName()).append(' ')
                    .append(param instanceof String s ? quoted(s) : param).append('\n');
        }
        return text.append(select.sql()).append('\n').toString();
    }

    private static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    /** One computed attribute of each kind, over each shape of window. */
    private static final List<ComputedAttribute> COMPUTED = List.of(
            new ComputedAttribute("days_since_purchase", Kind.DAYS_SINCE_LAST, "purchase", null, TimeWindow.EVER, null),
            new ComputedAttribute("purchases_30d", Kind.COUNT, "purchase", null, last(30, DAYS), null),
            new ComputedAttribute("spend_q3", Kind.SUM, "purchase", "amount",
                    new TimeWindow.Between(day("2026-07-01"), day("2026-09-30")), null),
            new ComputedAttribute("smallest_basket", Kind.MIN, "purchase", "quantity",
                    new TimeWindow.Before(day("2026-10-01")), null),
            new ComputedAttribute("largest_order", Kind.MAX, "purchase", "amount",
                    new TimeWindow.After(day("2026-09-30")), null),
            new ComputedAttribute("aov_365", Kind.AVG, "purchase", "amount", last(12, MONTHS), null),
            new ComputedAttribute("open_rate", Kind.RATE, "email_open", null, last(90, DAYS), "email_sent"),
            new ComputedAttribute("first_category", Kind.FIRST_VALUE, "purchase", "category", TimeWindow.EVER, null),
            new ComputedAttribute("last_amount", Kind.LAST_VALUE, "purchase", "amount", last(30, DAYS), null));

    private static final RuleSchema COMPUTED_SCHEMA = computedSchema();

    private static RuleSchema computedSchema() {
        List<Attribute> attributes = new ArrayList<>(SqlTestData.SCHEMA.attributes().values());
        COMPUTED.forEach(c -> attributes.add(new Attribute(c.name(), c.kind().type().orElseGet(() ->
                SqlTestData.SCHEMA.eventPropertyType(c.property()).orElseThrow()), "", "computed", false)));
        return RuleSchema.of(attributes, SqlTestData.SCHEMA.eventProperties().values());
    }

    private static Map<String, Condition> cases() {
        Map<String, Condition> cases = new LinkedHashMap<>();
        cases.put("text_equality", and(
                is("country", EQUALS, "de"),
                is("country", EQUALS, TextOptions.EXACT, "DE"),
                is("country", IN, "fr", "ÖSTERREICH"),
                is("country", NOT_IN, "de", "fr"),
                is("country", NOT_EQUALS, new TextOptions(false, false), " de ")));
        cases.put("text_matching", or(
                is("email", CONTAINS, "%_"),
                is("email", NOT_STARTS_WITH, "_"),
                is("email", ENDS_WITH, new TextOptions(true, true), ".COM"),
                is("email", MATCHES_REGEX, "^[a-z]+@example\\.com$"),
                is("email", MATCHES_REGEX, TextOptions.EXACT, "EXAMPLE")));
        cases.put("missing_and_empty", and(
                is("country", IS_EMPTY),
                is("email", IS_NOT_EMPTY),
                is("tags", IS_EMPTY),
                is("tags", IS_NOT_NULL),
                is("last_seen", IS_NULL)));
        cases.put("string_lists", or(
                is("tags", CONTAINS_ANY, "vip", "silver"),
                is("tags", CONTAINS_ALL, "vip", "gold"),
                is("tags", CONTAINS_NONE, "gold")));
        cases.put("numbers", and(
                is("age", BETWEEN, 18, 65),
                is("age", NOT_BETWEEN, 20, 30),
                is("age", GREATER_THAN, 17),
                is("age", NOT_IN, 30, 45),
                is("balance", EQUALS, dec("19.9")),
                is("balance", GREATER_OR_EQUAL, dec("19.90")),
                is("balance", IN, dec("2.5"), 100)));
        cases.put("booleans", or(
                is("newsletter", IS_TRUE),
                is("newsletter", IS_FALSE),
                is("newsletter", NOT_EQUALS, true)));
        cases.put("dates", and(
                is("birthday", ON, day("2026-10-24")),
                is("birthday", BEFORE, day("2000-02-29")),
                is("birthday", AFTER, day("2026-10-18")),
                is("birthday", BETWEEN, day("2026-09-25"), day("2026-10-24")),
                is("birthday", NOT_BETWEEN, day("2026-01-01"), day("2026-01-31")),
                is("birthday", IN, day("2026-10-18"), day("2026-11-01"))));
        cases.put("timestamps", and(
                is("last_seen", ON, day("2026-03-29")),
                is("last_seen", BETWEEN, day("2026-03-28"), day("2026-03-29")),
                is("last_seen", BEFORE, day("2026-03-30")),
                is("last_seen", AFTER, day("2026-10-24"))));
        cases.put("relative_dates", or(
                is("birthday", IN_LAST, 1, MONTHS),
                is("birthday", MORE_THAN_AGO, 12, MONTHS),
                is("birthday", IN_NEXT, 7, DAYS),
                is("last_seen", IN_LAST, 1, DAYS),
                is("last_seen", IN_NEXT, 1, DAYS),
                is("last_seen", MORE_THAN_AGO, 1, DAYS)));
        cases.put("anniversaries", or(
                is("birthday", ANNIVERSARY, 126, DAYS),
                is("last_seen", ANNIVERSARY, 0, DAYS)));
        cases.put("event_counts", and(
                event("purchase", last(30, DAYS), compare(Op.AT_LEAST, "2"),
                        is("category", EQUALS, "shoes"), is("amount", GREATER_OR_EQUAL, dec("10")),
                        is("category", NOT_IN, "books")),
                event("page_view", new TimeWindow.Before(day("2026-10-25")), compare(Op.AT_MOST, "0")),
                event("purchase", TimeWindow.EVER, between("1", "3"))));
        cases.put("event_aggregates", or(
                event("purchase", new TimeWindow.Between(day("2026-10-01"), day("2026-10-31")), Comparison.atLeast(1),
                        Function.SUM, "amount", between("30", "31")),
                event("purchase", TimeWindow.EVER, Comparison.atLeast(1), Function.AVG, "amount", compare(Op.AT_LEAST, "150")),
                event("purchase", new TimeWindow.After(day("2026-10-01")), compare(Op.AT_MOST, "5"), Function.MIN,
                        "quantity", compare(Op.GREATER_THAN, "2.5")),
                event("purchase", last(3, MONTHS), Comparison.atLeast(1), Function.MAX, "amount", compare(Op.AT_MOST, "20"),
                        is("quantity", LESS_OR_EQUAL, 2))));
        cases.put("negations", not(or(
                is("country", EQUALS, "de"),
                and(is("age", GREATER_THAN, 40), not(and(event("purchase", TimeWindow.EVER, Comparison.atLeast(1))))),
                not(and(is("age", NOT_IN, 30))))));
        cases.put("empty_rule", and(and(), not(or())));
        cases.put("computed_aggregates", and(
                is("days_since_purchase", LESS_OR_EQUAL, 30),
                is("purchases_30d", GREATER_OR_EQUAL, 2),
                is("spend_q3", BETWEEN, 10, dec("99.5")),
                is("smallest_basket", IS_NULL),
                is("largest_order", GREATER_THAN, dec("50"))));
        cases.put("computed_quotients", or(
                is("aov_365", GREATER_OR_EQUAL, dec("19.99")),
                is("aov_365", NOT_BETWEEN, 1, 2),
                is("open_rate", IN, dec("0.5"), dec("0.3333333333333333"), dec("0.33333333333333333")),
                is("open_rate", IS_NOT_NULL)));
        cases.put("computed_first_last", or(
                is("first_category", EQUALS, "shoes"),
                is("last_amount", LESS_THAN, dec("10"))));
        return cases;
    }
}
