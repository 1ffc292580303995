package io.segmentstudio.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.RuleSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {
    private static final RuleSchema SCHEMA = RuleSchema.of(List.of(
            new Attribute("country", AttributeType.STRING, "", "", false),
            new Attribute("orders", AttributeType.INTEGER, "", "", false),
            new Attribute("aov", AttributeType.DECIMAL, "", "", false),
            new Attribute("vip", AttributeType.BOOLEAN, "", "", false),
            new Attribute("signup", AttributeType.DATE, "", "", false),
            new Attribute("last_seen", AttributeType.TIMESTAMP, "", "", false),
            new Attribute("tags", AttributeType.STRING_LIST, "", "", false)),
            List.of(new Attribute("amount", AttributeType.DECIMAL, "", "", false)));
    private final ProfileJson json = new ProfileJson();

    @Test
    void everyTypeSurvivesTheRoundTripExactly() {
        Profile profile = new Profile("c1", Map.of("country", "Zoë", "orders", 3L,
                "aov", new BigDecimal("1234567890.1230"), "vip", true, "signup", LocalDate.of(2024, 2, 29),
                "last_seen", Instant.parse("2026-03-29T01:30:00Z"), "tags", List.of("a", "B")),
                List.of(new Event("purchase", Instant.parse("2026-10-20T10:00:00Z"),
                        Map.of("amount", new BigDecimal("12.50")))));

        String text = json.write(profile);
        Profile read = json.read(text, SCHEMA, ProfileJson.Names.STRICT);

        assertThat(read).isEqualTo(profile);
        assertThat(text).startsWith("{\"key\":\"c1\",\"values\":{\"aov\":1234567890.1230,\"country\":\"Zoë\"");
        assertThat(json.write(read)).isEqualTo(text);
    }

    @Test
    void handWrittenValuesAreTypedByTheAttributes() {
        Profile read = json.read("""
                {"key": "t1", "values": {"orders": "7", "aov": 250, "vip": "true", "country": 49, "tags": ["x", 1],
                 "signup": null},
                 "events": [{"type": "purchase", "at": "2026-10-20T10:00:00Z", "properties": {"amount": "9.5"}}]}
                """, SCHEMA, ProfileJson.Names.STRICT);
        assertThat(read.values()).containsEntry("orders", 7L).containsEntry("aov", new BigDecimal("250"))
                .containsEntry("vip", true).containsEntry("country", "49").containsEntry("tags", List.of("x", "1"))
                .doesNotContainKey("signup");
        assertThat(read.events().get(0).properties()).containsEntry("amount", new BigDecimal("9.5"));
    }

    @Test
    void mistakesNameTheirPlace() {
        assertThatThrownBy(() -> json.read("{\"key\":\"t\",\"values\":{\"countri\":\"DE\"}}", SCHEMA,
                ProfileJson.Names.STRICT)).hasMessage("values.countri: unknown attribute 'countri'");
        assertThatThrownBy(() -> json.read("{\"key\":\"t\",\"values\":{\"orders\":2.5}}", SCHEMA,
                ProfileJson.Names.STRICT)).hasMessage("values.orders: expected a value of type integer, found 2.5");
        assertThatThrownBy(() -> json.read("{\"key\":\"t\",\"values\":{\"signup\":\"31/12/2024\"}}", SCHEMA,
                ProfileJson.Names.STRICT)).hasMessageStartingWith("values.signup: expected a value of type date");
        assertThatThrownBy(() -> json.read("{\"key\":\"t\",\"events\":[{\"type\":\"x\",\"properties\":{\"qty\":1}}]}",
                SCHEMA, ProfileJson.Names.STRICT)).hasMessageStartingWith("events[0].at: expected an ISO instant");
        assertThatThrownBy(() -> json.read("{\"key\":\"t\",\"events\":[{\"type\":\"x\",\"at\":\"2026-01-01T00:00:00Z\","
                + "\"properties\":{\"qty\":1}}]}", SCHEMA, ProfileJson.Names.STRICT))
                .hasMessage("events[0].properties.qty: unknown event property 'qty'");
        assertThatThrownBy(() -> json.read("{\"values\":{}}", SCHEMA, ProfileJson.Names.STRICT))
                .hasMessage("A profile is a JSON object with a \"key\"");
        assertThatThrownBy(() -> json.read("{", SCHEMA, ProfileJson.Names.STRICT))
                .hasMessageStartingWith("The profile is not valid JSON");
    }

    @Test
    void leniencyKeepsNamesTheWorkspaceNoLongerHas() {
        Profile read = json.read("{\"key\":\"t\",\"values\":{\"dropped\":2.5,\"gone\":[\"a\"],\"old\":true}}", SCHEMA,
                ProfileJson.Names.LENIENT);
        assertThat(read.values()).containsEntry("dropped", new BigDecimal("2.5")).containsEntry("gone", List.of("a"))
                .containsEntry("old", true);
    }
}
