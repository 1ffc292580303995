package io.segmentstudio.ui.audit;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for the export file with the system's save dialog. */
public final class FileChooserAuditDialogs implements AuditDialogs {
    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the audit log");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
