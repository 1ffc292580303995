package io.segmentstudio.engine.format;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.RuleSchema;
import java.util.List;

/** The catalog of the interchange format tests: one attribute of every type. */
public final class FormatSchemas {
    public static final RuleSchema EVERY_TYPE = RuleSchema.of(List.of(
            new Attribute("name", AttributeType.STRING, "", "t", false),
            new Attribute("age", AttributeType.INTEGER, "", "t", false),
            new Attribute("balance", AttributeType.DECIMAL, "", "t", false),
            new Attribute("vip", AttributeType.BOOLEAN, "", "t", false),
            new Attribute("birthday", AttributeType.DATE, "", "t", false),
            new Attribute("last_seen", AttributeType.TIMESTAMP, "", "t", false),
            new Attribute("tags", AttributeType.STRING_LIST, "", "t", false)), List.of());

    private FormatSchemas() {
    }
}
