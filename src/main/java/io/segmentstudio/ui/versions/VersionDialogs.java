package io.segmentstudio.ui.versions;

import java.util.Optional;
import javafx.stage.Window;

/** The question the versions pane asks before a restore; a test may answer it without a dialog. */
@FunctionalInterface
public interface VersionDialogs {
    /** The comment to restore the version with ("" for none); empty when the user cancelled. */
    Optional<String> restoreComment(Window owner, String segment, int version);
}
