package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.columnar.ProfileImage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the columnar image of a workspace: from its {@link ColumnSnapshot} when that was saved at
 * the store's current {@link DataStamp}, otherwise from H2 (the profiles and the events, both read in
 * profile id order and merged, so no profile's events are held longer than it takes to add that
 * profile), saving a new snapshot when nothing changed while it read.
 */
public final class ProfileImageLoader {
    private static final int REPORT_EVERY = 10_000;
    private final Workspace workspace;

    public ProfileImageLoader(Workspace workspace) {
        this.workspace = workspace;
    }

    /** An image and the stamp of the data it holds ({@link DataStamp#UNKNOWN} when a writer was at work meanwhile). */
    record Loaded(ProfileImage image, DataStamp stamp) {
    }

    /** @throws ProgressListener.CancelledException when cancelled */
    public ProfileImage load(ProgressListener progress) {
        return loadWithStamp(progress).image();
    }

    /** @throws ProgressListener.CancelledException when cancelled */
    Loaded loadWithStamp(ProgressListener progress) {
        ColumnSnapshot snapshot = new ColumnSnapshot(workspace.file());
        return workspace.jdbi().withHandle(handle -> {
            List<Attribute> attributes = AttributeCatalog.list(handle);
            List<Attribute> properties = EventPropertyCatalog.list(handle);
            RuleSchema schema = RuleSchema.of(attributes, properties);
            DataStamp before = DataStamp.current(handle);
            progress.checkCancelled();
            progress.progress(0, before.profiles(), "Reading the saved columns");
            Optional<ProfileImage> saved = snapshot.read(before, schema);
            if (saved.isPresent()) {
                progress.checkCancelled();
                progress.progress(before.profiles(), before.profiles(), "Loading profiles into memory");
                return new Loaded(saved.get(), before);
            }
            ProfileImage image = ProfileImage.empty(schema, Math.toIntExact(before.profiles()), Math.toIntExact(before.events()));
            try {
                merge(handle.getConnection(), image, properties, before.profiles(), progress);
            } catch (SQLException e) {
                throw new WorkspaceException("Cannot load the profiles of " + workspace.file() + ": " + e.getMessage(), e);
            }
            if (!DataStamp.current(handle).equals(before)) {
                return new Loaded(image, DataStamp.UNKNOWN);
            }
            progress.progress(before.profiles(), before.profiles(), "Saving the columns for the next opening");
            snapshot.write(image, before);
            return new Loaded(image, before);
        });
    }

    private static void merge(Connection connection, ProfileImage image,
                              List<Attribute> properties, long total, ProgressListener progress) throws SQLException {
        List<String> order = image.attributeOrder();
        AttributeType[] types = new AttributeType[order.size()];
        StringBuilder columns = new StringBuilder("profile_id, profile_key");
        for (int i = 0; i < types.length; i++) {
            String name = order.get(i);
            types[i] = image.schema().attributeType(name).orElseThrow();
            columns.append(", ").append(ColumnTypes.quote(AttributeCatalog.columnName(name)));
        }
        try (Statement session = connection.createStatement()) {
            // stream rows instead of copying the whole result first (about half of the load time)
            session.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try (PreparedStatement profileQuery = connection.prepareStatement("SELECT " + columns
                + " FROM profile ORDER BY profile_id");
             PreparedStatement eventQuery = connection.prepareStatement("SELECT * FROM event ORDER BY profile_id");
             ResultSet profileRows = profileQuery.executeQuery();
             ResultSet eventRows = eventQuery.executeQuery()) {
            boolean moreEvents = eventRows.next();
            long done = 0;
            while (profileRows.next()) {
                long id = profileRows.getLong(1);
                Object[] values = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    values[i] = ProfileReader.value(profileRows, i + 3, types[i]);
                }
                List<Event> events = new ArrayList<>();
                while (moreEvents && eventRows.getLong("profile_id") <= id) {
                    // an event's profile always exists (foreign key), so ids below this one were taken
                    events.add(ProfileReader.event(eventRows, properties));
                    moreEvents = eventRows.next();
                }
                image.add(profileRows.getString(2), values, events);
                if (++done % REPORT_EVERY == 0 || done == total) {
                    progress.checkCancelled();
                    progress.progress(done, total, "Loading profiles into memory");
                }
            }
        } finally {
            try (Statement session = connection.createStatement()) {
                session.execute("SET LAZY_QUERY_EXECUTION FALSE"); // the connection goes back to the pool
            }
        }
    }
}
