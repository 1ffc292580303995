package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.columnar.ProfileImage;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The columnar image of an open workspace, kept in step with what is committed to it. Writers hand
 * over what they wrote ({@link #written}); {@link #current} then reads back just those profiles, the
 * profiles and events added since, and hands out the image in step. Whatever it cannot account for
 * (a stamp no writer reported, a changed catalog, deleted rows) makes it load the whole image again,
 * so it is never stale, only sometimes slower.
 *
 * <p>The image may change on the next {@link #current} call: callers on several threads read it
 * through {@link #read}, which holds it still while they do.
 */
public final class WorkspaceImage {
    private final Workspace workspace;
    private final Map<String, Set<String>> reported = new HashMap<>();
    private ProfileImage image;
    private DataStamp inStep;
    private boolean reportedTooMany;

    WorkspaceImage(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Notes what a writer committed; the image takes it in on the next {@link #current} call. */
    public synchronized void written(WrittenProfiles written) {
        if (image == null) {
            return;
        }
        if (written.replayable()) {
            reported.put(written.stamp(), written.keys());
        } else {
            reportedTooMany = true;
        }
    }

    /**
     * The image, brought in step with the workspace first (loaded on the first call).
     *
     * @throws ProgressListener.CancelledException when cancelled
     */
    public synchronized ProfileImage current(ProgressListener progress) {
        DataStamp now = workspace.jdbi().withHandle(DataStamp::current);
        if (image != null && now.equals(inStep)) {
            return image;
        }
        if (image != null && inStep.known() && !reportedTooMany && reported.containsKey(now.token())
                && workspace.ruleSchema().equals(image.schema()) && now.profiles() >= inStep.profiles()
                && now.events() >= inStep.events()) {
            try {
                workspace.jdbi().useHandle(this::replay);
            } catch (RuntimeException e) {
                image = null; // half replayed: only a full load is sure again
                throw e;
            }
            if (image.size() == now.profiles() && image.eventCount() == now.events()) {
                forget(now);
                return image;
            }
        }
        image = null; // let the old image go before a new one is built
        ProfileImageLoader.Loaded loaded = new ProfileImageLoader(workspace).loadWithStamp(progress);
        image = loaded.image();
        forget(loaded.stamp());
        return image;
    }

    /** Runs a reader over the image in step, with no change to the image until it returns. */
    public synchronized <T> T read(ProgressListener progress, java.util.function.Function<ProfileImage, T> reader) {
        return reader.apply(current(progress));
    }

    private void forget(DataStamp stamp) {
        inStep = stamp;
        reported.clear();
        reportedTooMany = false;
    }

    /** Reads again the named profiles and those added since, then the events added since. */
    private void replay(Handle handle) {
        Set<String> keys = new HashSet<>();
        reported.values().forEach(keys::addAll);
        List<Attribute> attributes = List.copyOf(image.schema().attributes().values());
        List<Attribute> properties = List.copyOf(image.schema().eventProperties().values());
        Connection connection = handle.getConnection();
        try {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM profile"
                    + " WHERE profile_key = ANY(?) OR profile_id > ? ORDER BY profile_id")) {
                Array array = connection.createArrayOf("VARCHAR", keys.toArray());
                query.setArray(1, array);
                query.setLong(2, inStep.maxProfileId());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Map<String, Object> values = new LinkedHashMap<>();
                        attributes.forEach(a -> values.put(a.name(), null)); // a missing value clears the old one
                        values.putAll(ProfileReader.values(rows, attributes, true));
                        image.put(rows.getString("profile_key"), values);
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT p.profile_key, e.* FROM event e"
                    + " JOIN profile p ON p.profile_id = e.profile_id WHERE e.event_id > ? ORDER BY e.event_id")) {
                query.setLong(1, inStep.maxEventId());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        image.addEvent(rows.getString(1), ProfileReader.event(rows, properties));
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the changes to " + workspace.file() + ": " + e.getMessage(), e);
        }
    }
}
