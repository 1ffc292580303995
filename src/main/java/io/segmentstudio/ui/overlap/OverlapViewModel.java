package io.segmentstudio.ui.overlap;

import io.segmentstudio.analytics.MembershipOverlaps;
import io.segmentstudio.analytics.OverlapMatrix;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.Workspace;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pairwise overlaps of the evaluated segments. With fewer than two evaluated segments there is nothing to
 * compare: the page explains that instead and lists the segments still waiting for an evaluation.
 */
public final class OverlapViewModel {
    /** What the Overlaps page reads: all segments, and the overlaps of the evaluated ones. */
    record Overlaps(List<SegmentSummary> segments, OverlapMatrix matrix) {
        static Overlaps read(Workspace workspace) {
            List<SegmentSummary> segments = workspace.segments().list();
            return new Overlaps(segments, new MembershipOverlaps(workspace)
                    .compute(segments.stream().filter(SegmentSummary::evaluated).toList()));
        }
    }

    private final Formats formats;
    private final ReadOnlyObjectWrapper<OverlapMatrix> matrix = new ReadOnlyObjectWrapper<>(OverlapMatrix.empty());
    private final ObservableList<SegmentSummary> unevaluated = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper("");
    private final WorkspaceQuery<Overlaps> query;

    public OverlapViewModel(ReadOnlyObjectProperty<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                            Formats formats) {
        this.formats = formats;
        query = new WorkspaceQuery<>(workspace, tasks, errors, "segment overlaps", Overlaps::read, this::show,
                this::clear);
    }

    private void show(Overlaps overlaps) {
        matrix.set(overlaps.matrix());
        unevaluated.setAll(overlaps.segments().stream().filter(s -> !s.evaluated()).toList());
        emptyMessage.set(explain(overlaps));
        leftOut.set(overlaps.matrix().size() < 2 || unevaluated.isEmpty() ? ""
                : "Not evaluated yet, so not compared: " + String.join(", ",
                        unevaluated.stream().map(SegmentSummary::name).toList()));
    }

    private void clear() {
        matrix.set(OverlapMatrix.empty());
        unevaluated.clear();
        emptyMessage.set("");
        leftOut.set("");
    }

    /** Why there is no grid, or "" when there is one. */
    private static String explain(Overlaps overlaps) {
        int evaluated = overlaps.matrix().size();
        if (evaluated >= 2) {
            return "";
        }
        if (overlaps.segments().isEmpty()) {
            return "This workspace has no segments yet. Overlaps compare the members of evaluated segments.";
        }
        String start = evaluated == 1
                ? "Only “" + overlaps.matrix().segments().get(0).name() + "” has been evaluated so far."
                : "None of the segments has been evaluated yet.";
        return start + " Overlaps appear here once at least two segments are evaluated and their members stored;"
                + " evaluation comes with the rule engine.";
    }

    public OverlapCell cell(int row, int column) {
        OverlapMatrix current = matrix.get();
        double share = current.shareOfRow(row, column);
        return new OverlapCell(formats.count(current.shared(row, column)), formats.percent(share),
                OverlapCell.heat(share), row == column);
    }

    /** Tooltip of a cell: "1,204 of the 3,410 members of A are also in B (35.3%)". */
    public String describe(int row, int column) {
        OverlapMatrix current = matrix.get();
        if (row == column) {
            return current.segments().get(row).name() + ": " + members(row) + " members";
        }
        return formats.count(current.shared(row, column)) + " of the " + members(row) + " members of "
                + current.segments().get(row).name() + " are also in " + current.segments().get(column).name()
                + " (" + formats.percent(current.shareOfRow(row, column)) + ")";
    }

    public String members(int index) {
        return formats.count(matrix.get().members(index));
    }

    public ReadOnlyObjectProperty<OverlapMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** Segments that have no stored members yet. */
    public ObservableList<SegmentSummary> unevaluatedSegments() {
        return unevaluated;
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Under the grid: which segments are missing from it because they have no members stored; "" if none. */
    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return query.loadingProperty();
    }
}
