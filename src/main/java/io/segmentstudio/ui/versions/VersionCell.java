package io.segmentstudio.ui.versions;

import io.segmentstudio.domain.SegmentVersion;
import io.segmentstudio.ui.segments.SegmentsViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One version in the history: number, status chip, author and age on a line, the comment below. */
final class VersionCell extends ListCell<SegmentVersion> {
    private final VersionsViewModel viewModel;
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label meta = new Label();
    private final Label comment = new Label();
    private final VBox body;

    VersionCell(VersionsViewModel viewModel) {
        this.viewModel = viewModel;
        number.getStyleClass().add("version-number");
        meta.getStyleClass().add("muted");
        comment.getStyleClass().add("version-comment");
        comment.setWrapText(true);
        HBox line = new HBox(8, number, status, meta);
        line.setAlignment(Pos.CENTER_LEFT);
        body = new VBox(2, line, comment);
        getStyleClass().add("version-cell");
        setPrefWidth(0); // follow the list's width, so long comments wrap instead of widening it
    }

    @Override
    protected void updateItem(SegmentVersion version, boolean empty) {
        super.updateItem(version, empty);
        if (empty || version == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        number.setText(viewModel.title(version));
        status.setText(version.status().label());
        status.getStyleClass().setAll("chip", SegmentsViewModel.statusStyleClass(version.status()));
        meta.setText(viewModel.meta(version));
        comment.setText(viewModel.comment(version));
        comment.getStyleClass().setAll("label", "version-comment");
        if (version.comment().isBlank()) {
            comment.getStyleClass().add("no-comment");
        }
        setTooltip(new Tooltip(viewModel.savedAt(version)));
        setGraphic(body);
    }
}
