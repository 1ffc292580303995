package io.segmentstudio.ui.testprofiles;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A test in the list: a big coloured mark, its name, what it expects and where its profile came from. */
final class TestRowCell extends ListCell<TestRow> {
    private final TestProfilesViewModel tests;
    private final Label mark = new Label();
    private final Label name = new Label();
    private final Label details = new Label();
    private final Label status = new Label();
    private final HBox body;

    TestRowCell(TestProfilesViewModel tests) {
        this.tests = tests;
        name.getStyleClass().add("test-name");
        details.getStyleClass().add("test-details");
        details.setWrapText(true);
        VBox text = new VBox(name, details);
        text.getStyleClass().add("test-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        Region spacer = new Region();
        status.setMinWidth(Region.USE_PREF_SIZE);
        body = new HBox(mark, text, spacer, status);
        body.getStyleClass().add("test-row");
    }

    @Override
    protected void updateItem(TestRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        TestRow.Status state = row.status();
        mark.setText(switch (state) {
            case PASSED -> "✓";
            case FAILED -> "✗";
            case NOT_RUN -> "–";
        });
        mark.getStyleClass().setAll("test-mark", styleClass(state));
        status.setText(switch (state) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_RUN -> "not run";
        });
        status.getStyleClass().setAll("chip", switch (state) {
            case PASSED -> "chip-good";
            case FAILED -> "chip-bad";
            case NOT_RUN -> "chip-neutral";
        });
        name.setText(row.test().name());
        details.setText(TestProfilesViewModel.expectation(row) + " · " + tests.origin(row));
        setGraphic(body);
    }

    /** "test-passed", "test-failed", "test-not-run": the colour of a mark. */
    static String styleClass(TestRow.Status status) {
        return "test-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
