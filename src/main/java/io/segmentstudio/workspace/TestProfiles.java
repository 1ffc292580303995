package io.segmentstudio.workspace;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.TestProfile;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.format.ProfileJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The test profiles of segments: saved profiles with the outcome each segment must give them. A profile is
 * written by hand or frozen from the workspace (a copy: later imports do not change the test). Every change
 * is audited. {@link TestProfileRunner} runs them.
 */
public final class TestProfiles {
    private static final String SELECT = """
            SELECT t.test_id, s.name AS segment, t.name, t.profile, t.expect_member, t.origin, t.as_of,
                   t.created_by, t.created_at
            FROM segment_test t JOIN segment s ON s.segment_id = t.segment_id
            """;

    private final Workspace workspace;
    private final ProfileJson json = new ProfileJson();

    TestProfiles(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Saves a profile written by hand.
     *
     * @param asOf when to evaluate it (pins relative dates), or null for "as of each run"
     * @throws IllegalArgumentException when the segment is unknown, the name is taken, or the profile names
     *                                  an attribute the workspace does not have
     */
    public TestProfile add(String segment, String name, Profile profile, boolean expectMember, Instant asOf,
                           String actor) {
        String text = json.write(profile);
        json.read(text, workspace.ruleSchema(), ProfileJson.Names.STRICT); // typos in names are caught here
        return insert(segment, name, text, expectMember, TestProfile.Origin.MANUAL, asOf, actor);
    }

    /**
     * Freezes a copy of a workspace profile, values and events, as a test.
     *
     * @throws IllegalArgumentException when no profile has that key
     */
    public TestProfile freeze(String segment, String name, String profileKey, boolean expectMember, Instant asOf,
                              String actor) {
        Profile profile = workspace.profileReader().find(profileKey).orElseThrow(() -> new IllegalArgumentException(
                "No profile with key '" + profileKey + "' in " + workspace.name()));
        return insert(segment, name, json.write(profile), expectMember, TestProfile.Origin.FROZEN, asOf, actor);
    }

    /** A segment's tests, by name. */
    public List<TestProfile> list(String segment) {
        return workspace.jdbi().withHandle(handle -> {
            VersionRows.head(handle, segment); // names an unknown segment
            RuleSchema schema = schema(handle);
            return handle.createQuery(SELECT + " WHERE s.name = :segment ORDER BY LOWER(t.name)")
                    .bind("segment", segment)
                    .map((rs, ctx) -> map(rs, schema))
                    .list();
        });
    }

    /** Every test of every segment, by segment and name. */
    public List<TestProfile> all() {
        return workspace.jdbi().withHandle(handle -> {
            RuleSchema schema = schema(handle);
            return handle.createQuery(SELECT + " ORDER BY LOWER(s.name), LOWER(t.name)")
                    .map((rs, ctx) -> map(rs, schema))
                    .list();
        });
    }

    public Optional<TestProfile> find(String segment, String name) {
        return workspace.jdbi().withHandle(handle -> find(handle, segment, name));
    }

    /** Changes what the test expects (after a deliberate change of the rule). */
    public TestProfile expect(String segment, String name, boolean expectMember, String actor) {
        return workspace.jdbi().inTransaction(handle -> {
            TestProfile test = require(handle, segment, name);
            handle.createUpdate("UPDATE segment_test SET expect_member = :expect WHERE test_id = :id")
                    .bind("expect", expectMember)
                    .bind("id", test.id())
                    .execute();
            AuditLog.record(handle, actor, "segment.test_changed", "segment", segment,
                    "test '" + name + "' now expects " + (expectMember ? "member" : "not member"));
            return find(handle, segment, name).orElseThrow();
        });
    }

    public void remove(String segment, String name, String actor) {
        workspace.jdbi().useTransaction(handle -> {
            TestProfile test = require(handle, segment, name);
            handle.createUpdate("DELETE FROM segment_test WHERE test_id = :id").bind("id", test.id()).execute();
            AuditLog.record(handle, actor, "segment.test_removed", "segment", segment, "test '" + name + "'");
        });
    }

    private TestProfile insert(String segment, String name, String profile, boolean expectMember,
                               TestProfile.Origin origin, Instant asOf, String actor) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A test profile needs a name");
        }
        return workspace.jdbi().inTransaction(handle -> {
            long segmentId = VersionRows.lock(handle, segment);
            if (find(handle, segment, name.strip()).isPresent()) {
                throw new IllegalArgumentException("Segment '" + segment + "' already has a test named '"
                        + name.strip() + "'");
            }
            handle.createUpdate("""
                            INSERT INTO segment_test (segment_id, name, profile, expect_member, origin, as_of,
                                                      created_by)
                            VALUES (:segment, :name, :profile, :expect, :origin, :asOf, :actor)""")
                    .bind("segment", segmentId)
                    .bind("name", name.strip())
                    .bind("profile", profile)
                    .bind("expect", expectMember)
                    .bind("origin", origin.name())
                    .bind("asOf", asOf == null ? null : asOf.atOffset(ZoneOffset.UTC))
                    .bind("actor", actor)
                    .execute();
            AuditLog.record(handle, actor, "segment.test_added", "segment", segment, "test '" + name.strip()
                    + "' expects " + (expectMember ? "member" : "not member") + " ("
                    + origin.name().toLowerCase(Locale.ROOT) + ")");
            return find(handle, segment, name.strip()).orElseThrow();
        });
    }

    private TestProfile require(Handle handle, String segment, String name) {
        return find(handle, segment, name).orElseThrow(() -> {
            VersionRows.head(handle, segment);
            return new IllegalArgumentException("Segment '" + segment + "' has no test named '" + name + "'");
        });
    }

    private Optional<TestProfile> find(Handle handle, String segment, String name) {
        RuleSchema schema = schema(handle);
        return handle.createQuery(SELECT + " WHERE s.name = :segment AND t.name = :name")
                .bind("segment", segment)
                .bind("name", name)
                .map((rs, ctx) -> map(rs, schema))
                .findOne();
    }

    private static RuleSchema schema(Handle handle) {
        return RuleSchema.of(AttributeCatalog.list(handle), EventPropertyCatalog.list(handle));
    }

    /** Stored profiles are read leniently: a test still loads after an attribute it names is dropped. */
    private TestProfile map(ResultSet rs, RuleSchema schema) throws SQLException {
        OffsetDateTime asOf = rs.getObject("as_of", OffsetDateTime.class);
        return new TestProfile(rs.getLong("test_id"), rs.getString("segment"), rs.getString("name"),
                json.read(rs.getString("profile"), schema, ProfileJson.Names.LENIENT), rs.getBoolean("expect_member"),
                TestProfile.Origin.valueOf(rs.getString("origin")), asOf == null ? null : asOf.toInstant(),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
