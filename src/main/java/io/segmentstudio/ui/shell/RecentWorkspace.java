package io.segmentstudio.ui.shell;

import java.nio.file.Path;

/**
 * An entry of the recent list.
 *
 * @param available false when the file is gone (deleted, or on a drive that is not mounted)
 */
public record RecentWorkspace(Path file, String name, boolean available) {
}
