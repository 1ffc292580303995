package io.segmentstudio.ui.segments;

import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.Workspace;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The segment catalog: every segment of the workspace, filtered by a search over name, tags and folder. */
public final class SegmentsViewModel {
    private final ReadOnlyObjectProperty<Workspace> workspace;
    private final Formats formats;
    private final ObservableList<SegmentSummary> segments = FXCollections.observableArrayList();
    private final FilteredList<SegmentSummary> visible = new FilteredList<>(segments);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SegmentSummary> selected = new SimpleObjectProperty<>();
    private final WorkspaceQuery<List<SegmentSummary>> query;
    private final BooleanBinding empty;
    private final BooleanBinding noMatches;
    private final StringBinding summary;

    public SegmentsViewModel(ReadOnlyObjectProperty<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                             Formats formats) {
        this.workspace = workspace;
        this.formats = formats;
        search.addListener((observable, old, text) -> visible.setPredicate(matching(text)));
        query = new WorkspaceQuery<>(workspace, tasks, errors, "segments", open -> open.segments().list(),
                segments::setAll, segments::clear);
        empty = Bindings.isEmpty(segments).and(query.loadingProperty().not()).and(workspace.isNotNull());
        noMatches = Bindings.isEmpty(visible).and(Bindings.isNotEmpty(segments));
        summary = Bindings.createStringBinding(this::describeCounts, segments, visible);
    }

    /** Case-insensitive match of every word against the name, folder and tags. */
    static Predicate<SegmentSummary> matching(String text) {
        String[] words = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return segment -> {
            String haystack = (segment.name() + ' ' + segment.folder() + ' ' + String.join(" ", segment.tags()))
                    .toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private String describeCounts() {
        long evaluated = segments.stream().filter(SegmentSummary::evaluated).count();
        String counts = formats.count(segments.size()) + (segments.size() == 1 ? " segment" : " segments")
                + " · " + formats.count(evaluated) + " evaluated";
        return visible.size() == segments.size() ? counts : formats.count(visible.size()) + " of " + counts;
    }

    public String members(SegmentSummary segment) {
        return segment.evaluated() ? formats.count(segment.members()) : "not evaluated";
    }

    /** "Lifecycle · v2 · ana". */
    public String meta(SegmentSummary segment) {
        return (segment.folder().isEmpty() ? "" : segment.folder() + " · ") + "v" + segment.currentVersion() + " · "
                + segment.owner();
    }

    public String updated(SegmentSummary segment) {
        return formats.ago(segment.updatedAt(), zone());
    }

    public String lastEvaluated(SegmentSummary segment) {
        return segment.lastEvaluated() == null ? "Never evaluated"
                : "Evaluated " + formats.dateTime(segment.lastEvaluated(), zone());
    }

    /** Style class of the status chip: "chip-in-review". */
    public static String statusStyleClass(SegmentStatus status) {
        return "chip-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private java.time.ZoneId zone() {
        return workspace.get() == null ? java.time.ZoneId.systemDefault() : workspace.get().timeZone();
    }

    public ObservableList<SegmentSummary> visibleSegments() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SegmentSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return query.loadingProperty();
    }

    /** The workspace has no segments at all. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** There are segments, but none matches the search. */
    public BooleanBinding noMatchesProperty() {
        return noMatches;
    }

    /** "4 segments · 3 evaluated", or "1 of 4 segments · 3 evaluated" while searching. */
    public StringBinding summaryProperty() {
        return summary;
    }
}
