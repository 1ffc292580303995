package io.segmentstudio.workspace;

import io.segmentstudio.domain.NamingConvention;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The workspace's naming convention for segments. It lives in the workspace (workspace_meta), not in a
 * user's settings: it is the team's convention, shared by everyone who opens the file and by the CLI.
 */
public final class SegmentNaming {
    static final String PATTERN_KEY = "segment_name_pattern";
    static final String HINT_KEY = "segment_name_hint";

    private final Jdbi jdbi;

    SegmentNaming(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The convention, or empty when the workspace has none (then every name is fine). */
    public Optional<NamingConvention> current() {
        return jdbi.withHandle(SegmentNaming::current);
    }

    static Optional<NamingConvention> current(Handle handle) {
        Optional<String> regex = WorkspaceMeta.get(handle, PATTERN_KEY);
        return regex.map(pattern -> new NamingConvention(pattern, WorkspaceMeta.get(handle, HINT_KEY).orElse("")));
    }

    /** Warnings for a segment name; empty when it follows the convention or there is none. */
    public List<String> check(String name) {
        return NamingConvention.warnings(current(), name);
    }

    /** Sets the convention (its pattern already compiled, so never an invalid one) and records who did. */
    public void set(NamingConvention convention, String actor) {
        jdbi.useTransaction(handle -> {
            WorkspaceMeta.put(handle, PATTERN_KEY, convention.regex());
            WorkspaceMeta.put(handle, HINT_KEY, convention.hint());
            AuditLog.record(handle, actor, "workspace.naming_convention_set", "workspace", "segment names",
                    convention.regex() + (convention.hint().isEmpty() ? "" : " (" + convention.hint() + ")"));
        });
    }

    public void clear(String actor) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM workspace_meta WHERE meta_key IN (:pattern, :hint)")
                    .bind("pattern", PATTERN_KEY)
                    .bind("hint", HINT_KEY)
                    .execute();
            AuditLog.record(handle, actor, "workspace.naming_convention_cleared", "workspace", "segment names", "");
        });
    }
}
