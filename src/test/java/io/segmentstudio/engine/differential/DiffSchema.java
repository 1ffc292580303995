package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.sql.SqlNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attributes and event properties of the differential tests: every attribute type once on the
 * profile and on the event, plus a second string attribute that may hold line breaks. Regular
 * expressions are never generated on {@code note}: semantics.md leaves matches on values with line breaks
 * unspecified, so only {@link #REGEX_SAFE} strings get them.
 */
final class DiffSchema {
    /** Profile attributes, in column order. */
    static final Map<String, AttributeType> ATTRIBUTES = ordered(
            "name", AttributeType.STRING,
            "note", AttributeType.STRING,
            "tags", AttributeType.STRING_LIST,
            "age", AttributeType.INTEGER,
            "balance", AttributeType.DECIMAL,
            "vip", AttributeType.BOOLEAN,
            "birthday", AttributeType.DATE,
            "last_seen", AttributeType.TIMESTAMP);

    /** Event properties, in column order. */
    static final Map<String, AttributeType> PROPERTIES = ordered(
            "amount", AttributeType.DECIMAL,
            "qty", AttributeType.INTEGER,
            "category", AttributeType.STRING,
            "coupon", AttributeType.BOOLEAN,
            "ship_date", AttributeType.DATE,
            "paid_at", AttributeType.TIMESTAMP,
            "labels", AttributeType.STRING_LIST);

    /** String attributes and properties whose values never contain a line break. */
    static final Set<String> REGEX_SAFE = Set.of("name", "category");

    /** Event types; "Purchase" checks that types compare exactly. */
    static final List<String> EVENT_TYPES = List.of("purchase", "purchase", "view", "Purchase", "email open");

    static final RuleSchema SCHEMA = RuleSchema.of(
            ATTRIBUTES.entrySet().stream().map(e -> attribute(e.getKey(), e.getValue())).toList(),
            PROPERTIES.entrySet().stream().map(e -> attribute(e.getKey(), e.getValue())).toList());

    static final SqlNames NAMES = SqlNames.workspace();

    private DiffSchema() {
    }

    private static Attribute attribute(String name, AttributeType type) {
        return new Attribute(name, type, "", "differential", false);
    }

    private static Map<String, AttributeType> ordered(Object... namesAndTypes) {
        Map<String, AttributeType> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            map.put((String) namesAndTypes[i], (AttributeType) namesAndTypes[i + 1]);
        }
        return map;
    }

    /**
     * The workspace's column types in each database (decimal: DECFLOAT, NUMERIC, DECIMAL(38,10);
     * string lists: VARCHAR ARRAY, TEXT[], VARCHAR[]); {@code textCollation} is an optional PostgreSQL
     * collation given to the text columns, so that no result may depend on a column's collation.
     */
    static String columnType(AttributeType type, Dialect dialect, String textCollation) {
        String collate = textCollation == null ? "" : " COLLATE \"" + textCollation + "\"";
        return switch (type) {
            case STRING -> dialect == Dialect.POSTGRESQL ? "TEXT" + collate : "VARCHAR";
            case INTEGER -> "BIGINT";
            case DECIMAL -> switch (dialect) {
                case H2 -> "DECFLOAT";
                case POSTGRESQL -> "NUMERIC";
                default -> "DECIMAL(38,10)";
            };
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
            case STRING_LIST -> switch (dialect) {
                case H2 -> "VARCHAR ARRAY";
                case POSTGRESQL -> "TEXT[]" + collate;
                default -> "VARCHAR[]";
            };
        };
    }

    /** CREATE TABLE statements for the profile and event tables of the workspace layout. */
    static List<String> ddl(Dialect dialect, String textCollation) {
        StringBuilder profile = new StringBuilder("CREATE TABLE profile (profile_id BIGINT PRIMARY KEY,"
                + " profile_key VARCHAR(255) NOT NULL UNIQUE");
        ATTRIBUTES.forEach((name, type) -> profile.append(", \"").append(NAMES.attributeColumn(name)).append("\" ")
                .append(columnType(type, dialect, textCollation)));
        StringBuilder event = new StringBuilder("CREATE TABLE event (event_id BIGINT PRIMARY KEY,"
                + " profile_id BIGINT NOT NULL REFERENCES profile (profile_id), event_type VARCHAR(100) NOT NULL,"
                + " occurred_at TIMESTAMP WITH TIME ZONE NOT NULL");
        PROPERTIES.forEach((name, type) -> event.append(", \"").append(NAMES.eventPropertyColumn(name)).append("\" ")
                .append(columnType(type, dialect, textCollation)));
        return List.of(profile.append(")").toString(), event.append(")").toString(),
                "CREATE INDEX event_profile_type_time ON event (profile_id, event_type, occurred_at)");
    }
}
