package io.segmentstudio.ui.testprofiles;

import io.segmentstudio.ui.common.ThemeManager;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The questions the tests pane asks before it does something that cannot be undone. */
public final class TestProfileDialogs {
    private final ThemeManager themes;

    public TestProfileDialogs(ThemeManager themes) {
        this.themes = themes;
    }

    /** Asks before a test is removed; true to remove it. */
    boolean confirmRemove(Window owner, TestRow row) {
        ButtonType remove = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", remove, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Remove test");
        alert.setHeaderText("Remove the test “" + row.test().name() + "”?");
        alert.setContentText("It is removed from " + row.test().segment() + " for everyone; the audit log keeps a"
                + " record of who removed it.");
        alert.getDialogPane().setId("remove-test-dialog");
        themes.attach(alert.getDialogPane());
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
