package io.segmentstudio.ui.audit;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Where an export goes. The desktop asks with a file chooser ({@link FileChooserAuditDialogs}); tests answer with a fixed file. */
@FunctionalInterface
public interface AuditDialogs {
    /** @return the file to write, or empty when the user cancelled */
    Optional<Path> chooseExportFile(Window owner, String suggestedName);
}
