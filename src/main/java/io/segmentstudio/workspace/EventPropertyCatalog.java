package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Event properties that rules can filter on (amount, category, campaign): each gets a typed column on
 * the event table, as profile attributes do on the profile table.
 */
public final class EventPropertyCatalog {
    static final String COLUMN_PREFIX = "p_";
    private final Jdbi jdbi;

    EventPropertyCatalog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Event properties as attributes: source is "event", never PII. */
    public List<Attribute> list() {
        return jdbi.withHandle(EventPropertyCatalog::list);
    }

    static List<Attribute> list(Handle handle) {
        return handle.createQuery("SELECT name, attr_type, description FROM event_property ORDER BY position")
                .map((rs, ctx) -> new Attribute(rs.getString("name"), AttributeType.valueOf(rs.getString("attr_type")),
                        rs.getString("description"), "event", false))
                .list();
    }

    public void add(Attribute property) {
        jdbi.useHandle(handle -> {
            int position = handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM event_property")
                    .mapTo(Integer.class).one();
            handle.createUpdate("""
                            INSERT INTO event_property (name, column_name, attr_type, description, position)
                            VALUES (:name, :column, :type, :description, :position)""")
                    .bind("name", property.name())
                    .bind("column", columnName(property.name()))
                    .bind("type", property.type().name())
                    .bind("description", property.description())
                    .bind("position", position)
                    .execute();
            handle.execute("ALTER TABLE event ADD COLUMN " + ColumnTypes.quote(columnName(property.name())) + " "
                    + ColumnTypes.sqlType(property.type()));
        });
    }

    /** Removes a property and its column with all values: only for undoing a failed import or sample. */
    public void remove(String name) {
        jdbi.useHandle(handle -> {
            handle.execute("ALTER TABLE event DROP COLUMN IF EXISTS " + ColumnTypes.quote(columnName(name)));
            handle.createUpdate("DELETE FROM event_property WHERE name = :name").bind("name", name).execute();
        });
    }

    public static String columnName(String propertyName) {
        return COLUMN_PREFIX + propertyName;
    }
}
