package io.segmentstudio.testing;

import io.segmentstudio.app.Settings;
import io.segmentstudio.app.SettingsStore;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Prepares an app home for looking at the app under a real display:
 * {@code DemoHome <home> <profiles> <light|dark> <full|unevaluated|empty|none>}, then start the launcher
 * with {@code -Dsegmentstudio.home=<home>}. "full" adds a segment with a long name and folder, to see
 * how the views cope; "none" leaves the recent list empty (the welcome pane).
 */
public final class DemoHome {
    private DemoHome() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int profiles = Integer.parseInt(args[1]);
        String theme = args[2];
        String variant = args[3];
        SettingsStore settings = new SettingsStore(home.resolve("settings.json"));
        settings.update(s -> new Settings(s.userName(), theme, List.of(), s.window()));
        if (variant.equals("none")) {
            return;
        }
        Path file = home.resolve("workspaces/northwind-retail-" + variant + ".mv.db");
        if (!Files.exists(file)) {
            switch (variant) {
                case "empty" -> Workspace.create(file, WorkspaceFixture.ZONE).close();
                case "unevaluated" -> WorkspaceFixture.shop().profiles(profiles).unevaluated().createFile(file);
                default -> {
                    try (Workspace workspace = WorkspaceFixture.shop().profiles(profiles).create(file)) {
                        addLongNamedSegment(workspace, profiles);
                    }
                }
            }
        }
        settings.update(s -> s.withRecentWorkspace(file));
        System.out.println(file);
    }

    private static void addLongNamedSegment(Workspace workspace, int profiles) {
        long id = workspace.segments().create(new NewSegment(
                "Outdoor enthusiasts who bought twice in the last 90 days and opened the spring newsletter",
                "A deliberately long name and description to check wrapping and truncation in every view.",
                "Campaigns/Spring 2025/Outdoor", List.of("outdoor", "spring", "newsletter", "repeat-buyers"), "{}"),
                "jordan.mcallister");
        workspace.jdbi().useTransaction(handle -> {
            long members = 0;
            for (int profile = 1; profile <= profiles; profile += 3) {
                handle.execute("INSERT INTO membership (segment_id, profile_id, entered_at) VALUES (?, ?, ?)", id,
                        profile, WorkspaceFixture.ANCHOR.atOffset(ZoneOffset.UTC));
                members++;
            }
            handle.execute("INSERT INTO segment_evaluation (segment_id, version, evaluated_at, as_of, members)"
                    + " VALUES (?, 1, ?, ?, ?)", id, WorkspaceFixture.ANCHOR.atOffset(ZoneOffset.UTC),
                    WorkspaceFixture.ANCHOR.atOffset(ZoneOffset.UTC), members);
        });
    }
}
