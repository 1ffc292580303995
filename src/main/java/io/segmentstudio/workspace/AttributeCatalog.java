package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The attribute catalog and the typed profile columns it defines. H2 commits DDL implicitly, so adding
 * an attribute is its own step: a caller whose later work fails takes it back with {@link #remove}.
 */
public final class AttributeCatalog {
    static final String COLUMN_PREFIX = "a_";
    private final Jdbi jdbi;

    AttributeCatalog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Attribute> list() {
        return jdbi.withHandle(AttributeCatalog::list);
    }

    static List<Attribute> list(Handle handle) {
        return handle.createQuery("SELECT name, attr_type, description, source, pii FROM attribute ORDER BY position")
                .map((rs, ctx) -> new Attribute(rs.getString("name"), AttributeType.valueOf(rs.getString("attr_type")),
                        rs.getString("description"), rs.getString("source"), rs.getBoolean("pii")))
                .list();
    }

    public Optional<Attribute> find(String name) {
        return list().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Adds the attribute and its profile column; fails if the name is taken. */
    public void add(Attribute attribute) {
        addAll(List.of(attribute));
    }

    /**
     * Adds attributes and their columns with one ALTER TABLE: H2 rewrites the profile table on each, so
     * an import of twenty new columns into a filled workspace must not pay for it twenty times.
     */
    public void addAll(List<Attribute> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            int position = handle.createQuery("SELECT COALESCE(MAX(position), 0) FROM attribute")
                    .mapTo(Integer.class).one();
            StringBuilder columns = new StringBuilder();
            for (Attribute attribute : attributes) {
                boolean exists = handle.createQuery("SELECT COUNT(*) FROM attribute WHERE name = :name")
                        .bind("name", attribute.name()).mapTo(Integer.class).one() > 0;
                if (exists) {
                    throw new IllegalArgumentException("Attribute '" + attribute.name() + "' already exists");
                }
                handle.createUpdate("""
                                INSERT INTO attribute (name, column_name, attr_type, description, source, pii, position)
                                VALUES (:name, :column, :type, :description, :source, :pii, :position)""")
                        .bind("name", attribute.name())
                        .bind("column", columnName(attribute.name()))
                        .bind("type", attribute.type().name())
                        .bind("description", attribute.description())
                        .bind("source", attribute.source())
                        .bind("pii", attribute.pii())
                        .bind("position", ++position)
                        .execute();
                // The identifier is a validated snake_case name, never user text.
                columns.append(columns.length() == 0 ? "" : ", ").append(ColumnTypes.quote(columnName(attribute.name())))
                        .append(' ').append(ColumnTypes.sqlType(attribute.type()));
            }
            handle.execute("ALTER TABLE profile ADD COLUMN (" + columns + ")");
        });
    }

    /** Removes an attribute and its column with all values: only for undoing a failed import. */
    public void remove(String name) {
        jdbi.useHandle(handle -> {
            handle.execute("ALTER TABLE profile DROP COLUMN IF EXISTS " + ColumnTypes.quote(columnName(name)));
            handle.createUpdate("DELETE FROM attribute WHERE name = :name").bind("name", name).execute();
        });
    }

    /** Physical column of an attribute in the profile table. */
    public static String columnName(String attributeName) {
        return COLUMN_PREFIX + attributeName;
    }
}
