package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ComputedAttribute.Kind;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.SqlFragment;
import io.segmentstudio.engine.format.NativeRuleJson;
import io.segmentstudio.engine.sql.SqlCompiler;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the workspace's own tables (the retail demo), rules compiled with the computed attributes as
 * expressions over the event table select the profiles that the stored columns select.
 */
class ComputedExpressionsWorkspaceTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant AS_OF = Instant.parse("2026-11-01T18:00:00Z");
    private static final List<ComputedAttribute> DEFINED = List.of(
            new ComputedAttribute("days_since_purchase", Kind.DAYS_SINCE_LAST, "purchase", null, null, null),
            new ComputedAttribute("purchases_90", Kind.COUNT, "purchase", null, new TimeWindow.Last(90, TimeUnit.DAYS), null),
            new ComputedAttribute("spend", Kind.SUM, "purchase", "amount", null, null),
            new ComputedAttribute("aov", Kind.AVG, "purchase", "amount", new TimeWindow.Last(12, TimeUnit.MONTHS), null),
            new ComputedAttribute("open_rate", Kind.RATE, "email_opened", null, null, "email_sent"),
            new ComputedAttribute("first_category", Kind.FIRST_VALUE, "purchase", "product_category", null, null),
            new ComputedAttribute("biggest", Kind.MAX, "purchase", "amount", new TimeWindow.Last(30, TimeUnit.DAYS), null));

    @TempDir
    Path dir;

    @Test
    void expressionsSelectWhatTheStoredColumnsSelect() {
        try (Workspace workspace = Workspace.create(dir.resolve("computed"), ZONE)) {
            new RetailDemoGenerator(new SampleSpec(3, 700, LocalDate.of(2026, 11, 1))).generate(workspace, ProgressListener.NONE);
            DEFINED.forEach(attribute -> workspace.computed().define(attribute, AS_OF, ProgressListener.NONE));
            SegmentRunner runner = new SegmentRunner(workspace);
            SqlCompiler expressions = new SqlCompiler().withComputedExpressions(DEFINED);
            List<String> rules = List.of(
                    "{\"attribute\":\"days_since_purchase\",\"operator\":\"less_or_equal\",\"value\":60}",
                    "{\"attribute\":\"purchases_90\",\"operator\":\"between\",\"values\":[1,3]}",
                    "{\"attribute\":\"spend\",\"operator\":\"greater_than\",\"value\":500}",
                    "{\"attribute\":\"aov\",\"operator\":\"less_than\",\"value\":60.5}",
                    "{\"attribute\":\"aov\",\"operator\":\"is_null\"}",
                    "{\"attribute\":\"open_rate\",\"operator\":\"greater_or_equal\",\"value\":0.25}",
                    "{\"attribute\":\"first_category\",\"operator\":\"in\",\"values\":[\"electronics\",\"books\"]}",
                    "{\"attribute\":\"biggest\",\"operator\":\"is_not_null\"}");
            int discriminating = 0;
            for (String json : rules) {
                Condition rule = new NativeRuleJson().readRule(json, workspace.ruleSchema());
                List<String> stored = runner.evaluateInDatabase(rule, AS_OF).keys();
                SqlFragment sql = expressions.where(rule, workspace.ruleSchema(), new AsOf(AS_OF, ZONE), Dialect.H2);
                assertThat(sql.sql()).as(json).doesNotContain("\"a_");
                assertThat(runner.evaluateInDatabase(rule, AS_OF, expressions).keys()).as(json).isEqualTo(stored);
                discriminating += stored.isEmpty() || stored.size() == 700 ? 0 : 1;
            }
            assertThat(discriminating).isGreaterThanOrEqualTo(rules.size() - 1);
        }
    }
}
