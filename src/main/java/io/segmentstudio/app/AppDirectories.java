package io.segmentstudio.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Segment Studio keeps its own files: settings, logs and generated sample workspaces. Follows
 * each platform's convention; {@code SEGMENT_STUDIO_HOME} (or the system property
 * {@code segmentstudio.home}) moves everything, which tests and portable installs use.
 */
public record AppDirectories(Path home) {
    public static final String HOME_PROPERTY = "segmentstudio.home";
    public static final String HOME_ENV = "SEGMENT_STUDIO_HOME";

    public static AppDirectories fromEnvironment() {
        return resolve(System.getProperties().getProperty(HOME_PROPERTY), System.getenv(),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static AppDirectories resolve(String property, Map<String, String> env, String osName, Path userHome) {
        if (property != null && !property.isBlank()) {
            return new AppDirectories(Path.of(property));
        }
        if (env.get(HOME_ENV) != null && !env.get(HOME_ENV).isBlank()) {
            return new AppDirectories(Path.of(env.get(HOME_ENV)));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", userHome.resolve("AppData/Local").toString());
            return new AppDirectories(Path.of(local, "Segment Studio"));
        }
        if (os.contains("mac")) {
            return new AppDirectories(userHome.resolve("Library/Application Support/Segment Studio"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new AppDirectories(data.resolve("segment-studio"));
    }

    public Path settingsFile() {
        return home.resolve("settings.json");
    }

    public Path logDirectory() {
        return home.resolve("logs");
    }

    public Path logFile() {
        return logDirectory().resolve("segment-studio.log");
    }

    /** Sample workspaces are generated here on first use; never committed. */
    public Path samplesDirectory() {
        return home.resolve("samples");
    }

    public Path workspacesDirectory() {
        return home.resolve("workspaces");
    }
}
