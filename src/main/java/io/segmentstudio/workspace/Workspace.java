package io.segmentstudio.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import io.segmentstudio.domain.rule.RuleSchema;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open workspace: one H2 file holding the catalog, profiles, events, segments and their history.
 * Opening never modifies a file that turns out not to be a usable workspace: it is first inspected
 * read-only, and an older workspace is copied to a backup before its schema is upgraded.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    static final String FORMAT_KEY = "format";
    static final String FORMAT_VALUE = "segment-studio-workspace";
    static final String TIME_ZONE_KEY = "time_zone";
    private static final int MAX_CONNECTIONS = 8;

    private final WorkspaceFile file;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final ZoneId timeZone;
    private final WorkspaceImage image = new WorkspaceImage(this);
    private boolean closed;

    private Workspace(WorkspaceFile file, JdbcConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.timeZone = new WorkspaceMeta(jdbi).get(TIME_ZONE_KEY).map(ZoneId::of).orElse(ZoneId.of("UTC"));
    }

    /** Creates a new, empty workspace; fails if the file exists. */
    public static Workspace create(Path path, ZoneId timeZone) {
        return create(path, timeZone, "latest");
    }

    /** Creates a workspace at a given schema version: lets tests make the workspaces older builds made. */
    static Workspace create(Path path, ZoneId timeZone, String schemaTarget) {
        WorkspaceFile file = WorkspaceFile.of(path);
        if (file.exists()) {
            throw new WorkspaceException.AlreadyExists("A file already exists at " + file
                    + "; choose another name or open it instead");
        }
        if (!file.hasWorkspaceSuffix()) {
            throw new WorkspaceException("Workspace files must end in " + WorkspaceFile.SUFFIX + ": " + file);
        }
        try {
            Files.createDirectories(file.file().getParent());
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        JdbcConnectionPool pool = pool(file, false);
        try {
            new SchemaMigrations(pool, schemaTarget).migrate();
            WorkspaceMeta meta = new WorkspaceMeta(Jdbi.create(pool));
            meta.put(FORMAT_KEY, FORMAT_VALUE);
            meta.put(TIME_ZONE_KEY, timeZone.getId());
            LOG.info("Created workspace {} (time zone {})", file, timeZone);
            return new Workspace(file, pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Opens an existing workspace, upgrading its schema when an older version made it. */
    public static Workspace open(Path path) {
        WorkspaceFile file = WorkspaceFile.of(path);
        SchemaHistory.State state = inspect(file);
        if (!state.isCurrent()) {
            backUp(file, state.version());
        }
        JdbcConnectionPool pool = pool(file, false);
        try {
            borrowOnce(pool, file);
            if (!state.isCurrent()) {
                LOG.info("Upgrading workspace {} from schema {} to {}", file, state.version(),
                        SchemaHistory.LATEST_VERSION);
                new SchemaMigrations(pool).migrate();
            }
            return new Workspace(file, pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Opens the workspace at path, creating it first when no file is there. */
    public static Workspace openOrCreate(Path path, ZoneId timeZone) {
        return WorkspaceFile.of(path).exists() ? open(path) : create(path, timeZone);
    }

    /** Looks at the file read-only and decides whether it may be opened for writing. */
    private static SchemaHistory.State inspect(WorkspaceFile file) {
        if (!file.exists()) {
            throw new WorkspaceException.NotFound("No workspace at " + file);
        }
        if (Files.isDirectory(file.file())) {
            throw new WorkspaceException.NotAWorkspace(file + " is a folder, not a workspace file", null);
        }
        if (!file.hasWorkspaceSuffix() || !startsWithH2Header(file)) {
            throw new WorkspaceException.NotAWorkspace(file + " is not a Segment Studio workspace"
                    + " (workspaces are H2 database files ending in " + WorkspaceFile.SUFFIX + ")", null);
        }
        JdbcConnectionPool readOnly = pool(file, true);
        try {
            borrowOnce(readOnly, file);
            Jdbi jdbi = Jdbi.create(readOnly);
            boolean marked = jdbi.withHandle(handle -> handle.createQuery(
                            "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'workspace_meta'")
                    .mapTo(Integer.class).one()) > 0
                    && new WorkspaceMeta(jdbi).get(FORMAT_KEY).filter(FORMAT_VALUE::equals).isPresent();
            if (!marked) {
                throw new WorkspaceException.NotAWorkspace(file + " is an H2 database but not a Segment Studio"
                        + " workspace; it was left untouched", null);
            }
            SchemaHistory.State state = SchemaHistory.read(jdbi);
            if (state.isNewer()) {
                throw new WorkspaceException.TooNew(file + " was written by a newer Segment Studio (schema "
                        + state.version() + "; this version knows up to " + SchemaHistory.LATEST_VERSION
                        + "). Update Segment Studio to open it; the file was left untouched.");
            }
            return state;
        } finally {
            readOnly.dispose();
        }
    }

    private static boolean startsWithH2Header(WorkspaceFile file) {
        try (InputStream in = Files.newInputStream(file.file())) {
            byte[] head = in.readNBytes(4);
            return new String(head, StandardCharsets.ISO_8859_1).startsWith("H:2");
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void backUp(WorkspaceFile file, int version) {
        Path backup = file.file().resolveSibling(file.displayName() + ".schema-v" + version + ".backup"
                + WorkspaceFile.SUFFIX);
        try {
            Files.copy(file.file(), backup, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Backed up {} to {} before upgrading its schema", file, backup);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot back up " + file + " before upgrading it: " + e.getMessage(), e);
        }
    }

    private static JdbcConnectionPool pool(WorkspaceFile file, boolean readOnly) {
        String url = "jdbc:h2:file:" + file.h2BasePath()
                + (readOnly ? ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" : "")
                + ";DB_CLOSE_ON_EXIT=FALSE;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** Opens the first connection, translating H2's failures into messages a user can act on. */
    private static void borrowOnce(JdbcConnectionPool pool, WorkspaceFile file) {
        try (Connection ignored = pool.getConnection()) {
            // the database is open (and stays open while the pool holds an idle connection)
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, file);
        }
    }

    static WorkspaceException translate(SQLException e, WorkspaceFile file) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new WorkspaceException.Locked(file
                    + " is open in another program (another Segment Studio window?). Close it there first.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new WorkspaceException.NotAWorkspace(file + " is not a Segment Studio workspace ("
                            + e.getMessage().lines().findFirst().orElse("") + "); it was left untouched", e);
            // made by another program with H2's default identifier case: its schema "PUBLIC" is not ours
            case ErrorCode.SCHEMA_NOT_FOUND_1 -> new WorkspaceException.NotAWorkspace(file
                    + " is an H2 database but not a Segment Studio workspace; it was left untouched", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new WorkspaceException.NotFound("No workspace at " + file);
            default -> new WorkspaceException("Cannot open " + file + ": " + e.getMessage(), e);
        };
    }

    public WorkspaceFile file() {
        return file;
    }

    public String name() {
        return file.displayName();
    }

    /** Calendar days and relative dates are computed in this zone. */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** Schema version of the open workspace. */
    public String schemaVersion() {
        return String.valueOf(SchemaHistory.read(jdbi).version());
    }

    /** Jdbi over the workspace's connections, for the repositories of the core packages. */
    public Jdbi jdbi() {
        return jdbi;
    }

    public AttributeCatalog attributes() {
        return new AttributeCatalog(jdbi);
    }

    public EventPropertyCatalog eventProperties() {
        return new EventPropertyCatalog(jdbi);
    }

    public ProfileStore profiles() {
        return new ProfileStore(jdbi);
    }

    public ProfileReader profileReader() {
        return new ProfileReader(jdbi);
    }

    /** What rules may name in this workspace: its attributes and event properties with their types. */
    public RuleSchema ruleSchema() {
        return RuleSchema.of(attributes().list(), eventProperties().list());
    }

    /** The columnar image of this workspace, kept in step with what its writers commit. */
    public WorkspaceImage image() {
        return image;
    }

    public ComputedAttributes computed() {
        return new ComputedAttributes(this);
    }

    public EventStore events() {
        return new EventStore(jdbi);
    }

    public SegmentCatalog segments() {
        return new SegmentCatalog(jdbi);
    }

    /** Saving segments as versions, their history, restores and diffs. */
    public SegmentVersions versions() {
        return new SegmentVersions(this);
    }

    /** Review, approval, publishing and archiving of segment versions. */
    public SegmentWorkflow workflow() {
        return new SegmentWorkflow(this);
    }

    /** The workspace's naming convention for segments. */
    public SegmentNaming naming() {
        return new SegmentNaming(jdbi);
    }

    /** Ordered lists of segments that assign each profile to at most one of them. */
    public PriorityGroups priorityGroups() {
        return new PriorityGroups(jdbi);
    }

    /** Saved profiles with the outcome each segment must give them. */
    public TestProfiles testProfiles() {
        return new TestProfiles(this);
    }

    public MembershipStore memberships() {
        return new MembershipStore(jdbi);
    }

    public AuditLog audit() {
        return new AuditLog(jdbi);
    }

    public SyncStates syncStates() {
        return new SyncStates(jdbi);
    }

    public ImportLog imports() {
        return new ImportLog(jdbi);
    }

    public Optional<String> meta(String key) {
        return new WorkspaceMeta(jdbi).get(key);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        LOG.info("Closed workspace {}", file);
    }
}
