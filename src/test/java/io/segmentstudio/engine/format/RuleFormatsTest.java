package io.segmentstudio.engine.format;

import static io.segmentstudio.engine.format.FormatSchemas.EVERY_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.TextOptions;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.format.RuleFormats.WriteContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFormatsTest {
    private static final WriteContext FULL = WriteContext.of(EVERY_TYPE).withDialect(Dialect.POSTGRESQL)
            .withAsOf(new AsOf(Instant.parse("2026-11-01T12:00:00Z"), ZoneId.of("UTC")));

    private static final Condition RULE = Group.and("n1", List.of(
            new Predicate("n2", "age", Operator.GREATER_THAN, new Operand.Single(new Value.Int(30)), TextOptions.EXACT,
                    false),
            new Predicate("n3", "name", Operator.IN, new Operand.ValueList(List.of(new Value.Text("Ana"),
                    new Value.Text("Bo"))), TextOptions.EXACT, false)));

    @Test
    void everyFormatWritesWhatItsReaderReadsBack() {
        for (RuleFormat format : RuleFormat.values()) {
            ExportedRule written = RuleFormats.writer(format, FULL).write(RULE);
            ImportedRule read = RuleFormats.reader(format).read(written.text(), EVERY_TYPE);
            assertThat(RuleFormats.writer(format, FULL).write(read.rule()).text()).as(format.id())
                    .isEqualTo(written.text());
        }
    }

    @Test
    void theNativeFormatIsNativeRuleJsonWithoutWarnings() {
        ExportedRule written = RuleFormats.writer(RuleFormat.NATIVE, WriteContext.none()).write(RULE);
        assertThat(written.warnings()).isEmpty();
        assertThat(written.text()).isEqualTo(new NativeRuleJson().write(io.segmentstudio.domain.rule.SegmentDefinition
                .of(RULE)));
        ImportedRule read = RuleFormats.reader(RuleFormat.NATIVE).read(written.text(), EVERY_TYPE);
        assertThat(read.rule()).isEqualTo(RULE);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void sqlNeedsASchemaADialectAndAnAsOf() {
        assertThatThrownBy(() -> RuleFormats.writer(RuleFormat.SQL, WriteContext.of(EVERY_TYPE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dialect");
        assertThatThrownBy(() -> RuleFormats.writer(RuleFormat.SQL, WriteContext.none().withDialect(Dialect.H2)))
                .hasMessageContaining("attribute types");
        assertThatThrownBy(() -> RuleFormats.writer(RuleFormat.SQL, WriteContext.of(EVERY_TYPE)
                .withDialect(Dialect.H2))).hasMessageContaining("as-of");
        assertThat(RuleFormats.writer(RuleFormat.SQL, FULL).write(RULE).text()).contains("\"a_age\" > 30");
    }

    @Test
    void jsonLogicUsesTheCatalogWhenKnown() {
        Condition onTimestamp = new Predicate("ts", "last_seen", Operator.BEFORE,
                new Operand.Single(new Value.Day(java.time.LocalDate.parse("2026-01-01"))), TextOptions.DEFAULT, false);
        assertThatThrownBy(() -> RuleFormats.writer(RuleFormat.JSONLOGIC, WriteContext.of(EVERY_TYPE)).write(onTimestamp))
                .isInstanceOf(RuleFormatException.class).hasMessageStartingWith("ts: ");
        assertThat(RuleFormats.writer(RuleFormat.JSONLOGIC, WriteContext.none()).write(onTimestamp).warnings())
                .isNotEmpty();
    }

    @Test
    void foreignFormatsNeedTheCatalog() {
        assertThat(EnumSet.allOf(RuleFormat.class).stream().filter(RuleFormats::readingNeedsCatalog))
                .containsExactly(RuleFormat.JSONLOGIC, RuleFormat.RQB, RuleFormat.SQL);
        assertThatThrownBy(() -> RuleFormats.reader(RuleFormat.JSONLOGIC).read("{\"==\":[{\"var\":\"age\"},1]}",
                io.segmentstudio.domain.rule.RuleSchema.of(List.of(), List.of())))
                .isInstanceOf(RuleFormatException.class).hasMessageContaining("unknown attribute 'age'");
    }
}
