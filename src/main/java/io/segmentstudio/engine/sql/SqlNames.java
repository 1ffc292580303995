package io.segmentstudio.engine.sql;

import io.segmentstudio.domain.AttributeName;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where rules read their data: the profile and event tables and the columns of attributes and event
 * properties. {@link #workspace()} is the layout of the workspace's H2 database; a user's warehouse
 * gives its own names through {@link #builder()}.
 *
 * <p>Every name is checked here, once: attribute and property names must be catalog identifiers
 * ({@link AttributeName#isValid}) and every physical name a plain identifier, so that quoting can never
 * be escaped and no SQL text ever comes from user input.
 */
public final class SqlNames {
    /** Alias of the profile table in the generated SQL; {@code where} expressions refer to it. */
    public static final String PROFILE_ALIAS = "p";
    /** Alias of the event table inside event-condition subqueries. */
    public static final String EVENT_ALIAS = "e";

    /** Plain identifiers (hyphens for BigQuery project ids); they are always quoted, never escaped. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,127}");

    private final List<String> profileTable;
    private final String profileId;
    private final String profileKey;
    private final List<String> eventTable;
    private final String eventProfileId;
    private final String eventType;
    private final String occurredAt;
    private final UnaryOperator<String> attributeColumns;
    private final UnaryOperator<String> eventPropertyColumns;

    private SqlNames(Builder builder) {
        profileTable = qualified(builder.profileTable);
        profileId = identifier(builder.profileId);
        profileKey = identifier(builder.profileKey);
        eventTable = qualified(builder.eventTable);
        eventProfileId = identifier(builder.eventProfileId);
        eventType = identifier(builder.eventType);
        occurredAt = identifier(builder.occurredAt);
        attributeColumns = builder.attributeColumns;
        eventPropertyColumns = builder.eventPropertyColumns;
    }

    /** The workspace layout: {@code profile}, {@code event}, attribute {@code a_<name>}, property {@code p_<name>}. */
    public static SqlNames workspace() {
        return builder().build();
    }

    /** Starts from the workspace layout; change what differs. */
    public static Builder builder() {
        return new Builder();
    }

    /** Column of a profile attribute, e.g. {@code a_country}; rejects names that are not catalog identifiers. */
    public String attributeColumn(String attribute) {
        return identifier(attributeColumns.apply(AttributeName.requireValid(attribute)));
    }

    /** Column of an event property on the event table, e.g. {@code p_amount}. */
    public String eventPropertyColumn(String property) {
        return identifier(eventPropertyColumns.apply(AttributeName.requireValid(property)));
    }

    /** Table name parts, e.g. {@code [analytics, customers]} for {@code analytics.customers}. */
    public List<String> profileTable() {
        return profileTable;
    }

    public String profileId() {
        return profileId;
    }

    public String profileKey() {
        return profileKey;
    }

    public List<String> eventTable() {
        return eventTable;
    }

    /** Column of the event table that holds the profile's {@link #profileId()}. */
    public String eventProfileId() {
        return eventProfileId;
    }

    public String eventType() {
        return eventType;
    }

    public String occurredAt() {
        return occurredAt;
    }

    private static List<String> qualified(String table) {
        Objects.requireNonNull(table, "table");
        List<String> parts = Arrays.asList(table.split("\\.", -1));
        parts.forEach(SqlNames::identifier);
        return List.copyOf(parts);
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: '" + name
                    + "' (letters, digits, '_', '$' or '-', starting with a letter or '_')");
        }
        return name;
    }

    /** Names of a user's warehouse tables and columns; unset ones keep the workspace layout. */
    public static final class Builder {
        private String profileTable = "profile";
        private String profileId = "profile_id";
        private String profileKey = "profile_key";
        private String eventTable = "event";
        private String eventProfileId = "profile_id";
        private String eventType = "event_type";
        private String occurredAt = "occurred_at";
        private UnaryOperator<String> attributeColumns = name -> "a_" + name;
        private UnaryOperator<String> eventPropertyColumns = name -> "p_" + name;

        private Builder() {
        }

        /** Table name, optionally qualified with dots: {@code crm.customers}. */
        public Builder profileTable(String table) {
            profileTable = table;
            return this;
        }

        public Builder profileId(String column) {
            profileId = column;
            return this;
        }

        public Builder profileKey(String column) {
            profileKey = column;
            return this;
        }

        public Builder eventTable(String table) {
            eventTable = table;
            return this;
        }

        public Builder eventProfileId(String column) {
            eventProfileId = column;
            return this;
        }

        public Builder eventType(String column) {
            eventType = column;
            return this;
        }

        public Builder occurredAt(String column) {
            occurredAt = column;
            return this;
        }

        /** How an attribute name becomes a column name (e.g. {@code String::toUpperCase} for Snowflake). */
        public Builder attributeColumns(UnaryOperator<String> naming) {
            attributeColumns = Objects.requireNonNull(naming, "naming");
            return this;
        }

        public Builder eventPropertyColumns(UnaryOperator<String> naming) {
            eventPropertyColumns = Objects.requireNonNull(naming, "naming");
            return this;
        }

        /** @throws IllegalArgumentException for a name that is not a plain identifier */
        public SqlNames build() {
            return new SqlNames(this);
        }
    }
}
