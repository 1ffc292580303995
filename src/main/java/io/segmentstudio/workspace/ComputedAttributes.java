package io.segmentstudio.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ComputedAttribute;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.ComputedValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The workspace's computed attributes: each is a catalogued attribute (source "computed") whose
 * column holds values derived from the profile's events as of the instant of the last computation.
 * Defining one computes it for every profile; {@link #refresh} computes all again for a new instant
 * (recency moves with the calendar); live event ingestion keeps the affected profiles current.
 */
public final class ComputedAttributes {
    public static final String SOURCE = "computed";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Workspace workspace;

    ComputedAttributes(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A definition with the instant its values were computed as of (null before the first run). */
    public record Defined(ComputedAttribute attribute, Instant computedAsOf) {
    }

    /**
     * Adds the attribute and computes it for every profile.
     *
     * @throws IllegalArgumentException when the name is taken or the event property is not numeric
     */
    public void define(ComputedAttribute attribute, Instant asOf, ProgressListener progress) {
        AttributeType type = attribute.kind().type().orElse(null);
        if (attribute.property() != null) {
            AttributeType property = workspace.ruleSchema().eventPropertyType(attribute.property()).orElseThrow(() ->
                    new IllegalArgumentException("no event property '" + attribute.property() + "' in the catalog"));
            if (attribute.kind().needsNumericProperty() && property != AttributeType.INTEGER
                    && property != AttributeType.DECIMAL) {
                throw new IllegalArgumentException(attribute.kind().key() + " needs a numeric event property; '"
                        + attribute.property() + "' is " + property.label());
            }
            if (property == AttributeType.STRING_LIST && type == null) {
                throw new IllegalArgumentException(attribute.kind().key() + " takes a single value; '"
                        + attribute.property() + "' is " + property.label());
            }
            type = type == null ? property : type;
        }
        workspace.attributes().add(new Attribute(attribute.name(), type, describe(attribute), SOURCE, false));
        try {
            workspace.jdbi().useHandle(handle -> handle.createUpdate(
                            "INSERT INTO computed_attribute (name, definition) VALUES (:name, :definition)")
                    .bind("name", attribute.name()).bind("definition", write(attribute)).execute());
            compute(List.of(attribute), asOf, progress);
        } catch (RuntimeException e) {
            workspace.attributes().remove(attribute.name()); // its definition goes with it (cascade)
            throw e;
        }
    }

    public List<Defined> list() {
        return workspace.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT definition, computed_as_of FROM computed_attribute ORDER BY name")
                .map((rs, ctx) -> {
                    var at = rs.getObject(2, java.time.OffsetDateTime.class);
                    return new Defined(read(rs.getString(1)), at == null ? null : at.toInstant());
                }).list());
    }

    /** Computes every computed attribute again, as of a new instant. */
    public void refresh(Instant asOf, ProgressListener progress) {
        compute(list().stream().map(Defined::attribute).toList(), asOf, progress);
    }

    /**
     * Computes them again when any was computed as of another calendar day (in the workspace's time
     * zone) than {@code asOf}'s: their windows and recency count whole days, so within one day only
     * new events move them, and live ingestion keeps those in step. Returns whether it refreshed.
     */
    public boolean refreshIfAnotherDay(Instant asOf, ProgressListener progress) {
        java.time.LocalDate today = asOf.atZone(workspace.timeZone()).toLocalDate();
        boolean stale = list().stream().anyMatch(defined -> defined.computedAsOf() == null
                || !defined.computedAsOf().atZone(workspace.timeZone()).toLocalDate().equals(today));
        if (stale) {
            refresh(asOf, progress);
        }
        return stale;
    }

    /** One pass over all profiles and their events; the new values and the instant commit together. */
    private void compute(List<ComputedAttribute> attributes, Instant asOf, ProgressListener progress) {
        if (attributes.isEmpty()) {
            return;
        }
        ComputedValues values = new ComputedValues(new AsOf(asOf, workspace.timeZone()));
        Map<String, Long> ids = workspace.jdbi().withHandle(ProfileStore::idsByKey);
        long total = ids.size();
        workspace.jdbi().useTransaction(handle -> {
            DataStamp.touch(handle);
            StringBuilder set = new StringBuilder();
            for (ComputedAttribute attribute : attributes) {
                set.append(set.length() == 0 ? "" : ", ")
                        .append(ColumnTypes.quote(AttributeCatalog.columnName(attribute.name()))).append(" = ?");
            }
            try (PreparedStatement update = handle.getConnection().prepareStatement(
                    "UPDATE profile SET " + set + " WHERE profile_id = ?")) {
                JdbcBatch batch = new JdbcBatch(update, 1_000, "computed values");
                long[] done = {0};
                workspace.profileReader().forEach(profile -> {
                    try {
                        for (int i = 0; i < attributes.size(); i++) {
                            JdbcValues.bind(update, i + 1, values.compute(attributes.get(i), profile.events()));
                        }
                        update.setLong(attributes.size() + 1, ids.get(profile.key()));
                        batch.add();
                    } catch (SQLException e) {
                        throw new IllegalStateException("Cannot store computed values of " + profile.key() + ": "
                                + e.getMessage(), e);
                    }
                    if (++done[0] % 5_000 == 0) {
                        progress.checkCancelled();
                        progress.progress(done[0], total, "Computing attributes");
                    }
                });
                batch.flush();
            } catch (SQLException e) {
                throw new WorkspaceException("Cannot store computed values in " + workspace.file() + ": "
                        + e.getMessage(), e);
            }
            for (ComputedAttribute attribute : attributes) {
                handle.createUpdate("UPDATE computed_attribute SET computed_as_of = :at WHERE name = :name")
                        .bind("at", asOf.atOffset(ZoneOffset.UTC)).bind("name", attribute.name()).execute();
            }
        });
    }

    /**
     * Stores one profile's recomputed values inside the caller's transaction (live ingestion), which
     * marks the {@link DataStamp} itself.
     */
    static void store(Handle handle, long profileId, Map<String, Object> values) throws SQLException {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            try (PreparedStatement update = handle.getConnection().prepareStatement("UPDATE profile SET "
                    + ColumnTypes.quote(AttributeCatalog.columnName(value.getKey())) + " = ? WHERE profile_id = ?")) {
                JdbcValues.bind(update, 1, value.getValue());
                update.setLong(2, profileId);
                update.executeUpdate();
            }
        }
    }

    static String describe(ComputedAttribute attribute) {
        String of = attribute.property() == null ? "" : " of " + attribute.property();
        String window = attribute.window() instanceof TimeWindow.Last last
                ? " in the last " + last.amount() + " " + last.unit().label() : "";
        return switch (attribute.kind()) {
            case DAYS_SINCE_LAST -> "days since the last " + attribute.eventType() + window;
            case COUNT -> "number of " + attribute.eventType() + " events" + window;
            case RATE -> attribute.eventType() + " events per " + attribute.per() + " event" + window;
            case FIRST_VALUE, LAST_VALUE -> attribute.property() + " of the " + (attribute.kind()
                    == ComputedAttribute.Kind.FIRST_VALUE ? "first " : "last ") + attribute.eventType() + " event" + window;
            default -> attribute.kind().key() + of + " over " + attribute.eventType() + " events" + window;
        };
    }

    static String write(ComputedAttribute attribute) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", attribute.name()).put("kind", attribute.kind().key()).put("event", attribute.eventType());
        if (attribute.property() != null) {
            node.put("property", attribute.property());
        }
        if (attribute.per() != null) {
            node.put("per", attribute.per());
        }
        if (attribute.window() instanceof TimeWindow.Last last) {
            node.putObject("window").put("last", last.amount()).put("unit", last.unit().label());
        }
        return node.toString();
    }

    static ComputedAttribute read(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            TimeWindow window = TimeWindow.EVER;
            if (node.has("window")) {
                JsonNode w = node.get("window");
                window = new TimeWindow.Last(w.get("last").asLong(),
                        TimeUnit.valueOf(w.get("unit").asText().toUpperCase(java.util.Locale.ROOT)));
            }
            return new ComputedAttribute(node.get("name").asText(), ComputedAttribute.Kind.fromKey(node.get("kind").asText())
                    .orElseThrow(), node.get("event").asText(), node.hasNonNull("property") ? node.get("property").asText() : null,
                    window, node.hasNonNull("per") ? node.get("per").asText() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ComputedAttribute> readingEventType(List<Defined> defined, String type) {
        List<ComputedAttribute> reading = new ArrayList<>();
        defined.forEach(d -> {
            if (d.attribute().reads(type)) {
                reading.add(d.attribute());
            }
        });
        return reading;
    }
}
