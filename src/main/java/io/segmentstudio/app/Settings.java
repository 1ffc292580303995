package io.segmentstudio.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's preferences, kept between runs. Immutable: every change makes a new value.
 *
 * @param userName         recorded as author and reviewer in the audit log
 * @param theme            "light" or "dark"
 * @param recentWorkspaces most recent first
 * @param window           last window bounds, or null before the first run
 */
public record Settings(String userName, String theme, List<Path> recentWorkspaces, WindowBounds window) {
    public static final int MAX_RECENT = 10;
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Settings {
        userName = userName == null || userName.isBlank() ? defaultUserName() : userName.strip();
        theme = DARK.equals(theme) ? DARK : LIGHT;
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
    }

    public static Settings defaults() {
        return new Settings(defaultUserName(), LIGHT, List.of(), null);
    }

    private static String defaultUserName() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "user" : user;
    }

    /** Puts the workspace first in the recent list, without duplicates, keeping at most {@link #MAX_RECENT}. */
    public Settings withRecentWorkspace(Path workspace) {
        Path normalized = workspace.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>();
        recent.add(normalized);
        recentWorkspaces.stream().filter(p -> !p.equals(normalized)).limit(MAX_RECENT - 1L).forEach(recent::add);
        return new Settings(userName, theme, recent, window);
    }

    public Settings withoutRecentWorkspace(Path workspace) {
        Path normalized = workspace.toAbsolutePath().normalize();
        return new Settings(userName, theme,
                recentWorkspaces.stream().filter(p -> !p.equals(normalized)).toList(), window);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(userName, newTheme, recentWorkspaces, window);
    }

    public Settings withUserName(String newUserName) {
        return new Settings(newUserName, theme, recentWorkspaces, window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(userName, theme, recentWorkspaces, bounds);
    }
}
