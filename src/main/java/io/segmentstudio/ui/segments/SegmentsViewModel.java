package io.segmentstudio.ui.segments;

import io.segmentstudio.domain.NamingConvention;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.common.CatalogChanges;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.RunningTask;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.LiveSizes;
import io.segmentstudio.workspace.Workspace;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The segment catalog: every segment of the workspace, filtered by a search and by folder, status, owner
 * and overdue review; flags the names that break the workspace's naming convention.
 */
public final class SegmentsViewModel {
    /** What one read of the catalog brings. */
    private record Catalog(List<SegmentSummary> segments, Optional<NamingConvention> naming) {
    }

    private final ObservableValue<Workspace> workspace;
    private final Formats formats;
    private final Clock clock;
    private final ObservableList<SegmentSummary> segments = FXCollections.observableArrayList();
    private final FilteredList<SegmentSummary> visible = new FilteredList<>(segments);
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ACTIVE);
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Optional<NamingConvention>> naming = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<SegmentSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Map<String, Long>> liveSizes = new ReadOnlyObjectWrapper<>(Map.of());
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private RunningTask sizing;
    private long sizingRequests;
    private final WorkspaceQuery<Catalog> query;
    private final BooleanBinding empty;
    private final BooleanBinding noMatches;
    private final StringBinding summary;

    public SegmentsViewModel(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                             Formats formats, Clock clock, CatalogChanges changes) {
        this.workspace = workspace;
        this.formats = formats;
        this.clock = clock;
        this.tasks = tasks;
        this.errors = errors;
        for (ObservableValue<?> criterion : List.of(search, folder, status, owner, overdueOnly)) {
            criterion.addListener(observable -> visible.setPredicate(filter().on(today())));
        }
        visible.setPredicate(filter().on(today()));
        query = new WorkspaceQuery<>(workspace, tasks, errors, "segments",
                open -> new Catalog(open.segments().list(), open.naming().current()), this::show, this::clear);
        empty = Bindings.isEmpty(segments).and(query.loadingProperty().not()).and(
                Bindings.createBooleanBinding(() -> workspace.getValue() != null, workspace));
        noMatches = Bindings.isEmpty(visible).and(Bindings.isNotEmpty(segments));
        summary = Bindings.createStringBinding(this::describeCounts, segments, visible);
        changes.revisionProperty().addListener(observable -> reload());
    }

    private void show(Catalog catalog) {
        naming.set(catalog.naming());
        folders.setAll(catalog.segments().stream().map(SegmentSummary::folder).distinct().sorted().toList());
        owners.setAll(catalog.segments().stream().map(SegmentSummary::owner).distinct().sorted().toList());
        segments.setAll(catalog.segments());
        countSizes(catalog.segments().stream().filter(segment -> segment.status() != SegmentStatus.ARCHIVED)
                .map(SegmentSummary::name).toList());
    }

    /** Counts every segment's current version now, from the columns (in the background: the first read can take seconds). */
    private void countSizes(List<String> names) {
        Workspace open = workspace.getValue();
        if (open == null || names.isEmpty()) {
            liveSizes.set(Map.of());
            return;
        }
        // not cancelled by a newer count: that could throw away a first read of the columns half done
        // (seconds on a big workspace); the newer count waits for it and only the newest answer shows
        long asked = ++sizingRequests;
        sizing = tasks.run(BackgroundTask.of("Counting the members of " + names.size() + " segments",
                        progress -> new LiveSizes(open).count(names, clock.instant(), progress))
                .onSuccess(sizes -> {
                    if (asked != sizingRequests) {
                        return;
                    }
                    liveSizes.set(Map.copyOf(sizes)); // one change: the table redraws once
                })
                .onFailure(error -> errors.report("Cannot count the segments of " + open.name(), error)));
    }

    private void clear() {
        if (sizing != null) {
            sizing.cancel(); // another workspace: the count of the closed one is no use
        }
        sizingRequests++;
        liveSizes.set(Map.of());
        segments.clear();
        folders.clear();
        owners.clear();
        naming.set(Optional.empty());
    }

    /** Reads the catalog again (after an action changed it), keeping the filters. */
    public void reload() {
        query.reload();
    }

    public CatalogFilter filter() {
        return new CatalogFilter(search.get(), folder.get(), status.get(), owner.get(), overdueOnly.get());
    }

    /** Shows everything but archived segments again. */
    public void clearFilters() {
        search.set("");
        folder.set(null);
        status.set(StatusFilter.ACTIVE);
        owner.set(null);
        overdueOnly.set(false);
    }

    private String describeCounts() {
        long evaluated = segments.stream().filter(SegmentSummary::evaluated).count();
        LocalDate today = today();
        long overdue = segments.stream().filter(segment -> segment.reviewOverdue(today)).count();
        String counts = formats.count(segments.size()) + (segments.size() == 1 ? " segment" : " segments")
                + " · " + formats.count(evaluated) + " evaluated" + (overdue == 0 ? "" : " · " + overdue + " overdue for review");
        return visible.size() == segments.size() ? counts : formats.count(visible.size()) + " of " + counts;
    }

    /** Members now (counted from the columns), or the stored evaluation's while counting; "—" when neither is known. */
    public String members(SegmentSummary segment) {
        long members = membersValue(segment);
        return members == LiveSizes.NOT_COUNTABLE ? "cannot count" : members < 0 ? "—" : formats.count(members);
    }

    /** Members now, else the stored evaluation's; {@link LiveSizes#NOT_COUNTABLE}, or -2 when neither is known. */
    public long membersValue(SegmentSummary segment) {
        Long live = liveSizes.get().get(segment.name());
        if (live != null) {
            return live;
        }
        return segment.evaluated() ? segment.members() : -2;
    }

    /** Segment name → members now; they arrive after the list, and the table redraws its sizes then. */
    public ReadOnlyObjectProperty<Map<String, Long>> liveSizesProperty() {
        return liveSizes.getReadOnlyProperty();
    }

    /** "Lifecycle · v2 · ana", with the approved version when a newer draft is worked on. */
    public String meta(SegmentSummary segment) {
        String approved = segment.approvedVersion() > 0 && segment.approvedVersion() != segment.currentVersion()
                ? " (v" + segment.approvedVersion() + " approved)" : "";
        return (segment.folder().isEmpty() ? "" : segment.folder() + " · ") + "v" + segment.currentVersion() + approved
                + " · " + segment.owner();
    }

    public String updated(SegmentSummary segment) {
        return formats.ago(segment.updatedAt(), zone());
    }

    /** Where the size comes from: counted now, and the last stored evaluation. */
    public String lastEvaluated(SegmentSummary segment) {
        String stored = segment.lastEvaluated() == null ? "never evaluated and stored"
                : "last stored evaluation " + formats.dateTime(segment.lastEvaluated(), zone()) + " with "
                + formats.count(segment.members());
        Long live = liveSizes.get().get(segment.name());
        if (live == null) {
            return Character.toUpperCase(stored.charAt(0)) + stored.substring(1);
        }
        return (live == LiveSizes.NOT_COUNTABLE ? "The rule of v" + segment.currentVersion()
                + " cannot be counted: open it in the builder to see why" : "Counted now at v" + segment.currentVersion())
                + " · " + stored;
    }

    /** The evaluation time for the table: "3 days ago", or "never". */
    public String evaluatedAgo(SegmentSummary segment) {
        return segment.lastEvaluated() == null ? "never" : formats.ago(segment.lastEvaluated(), zone());
    }

    /** "—", "2026-12-31", or "2026-11-01 · overdue". */
    public String reviewBy(SegmentSummary segment) {
        if (segment.reviewBy() == null) {
            return "—";
        }
        return segment.reviewBy() + (overdue(segment) ? " · overdue" : "");
    }

    public boolean overdue(SegmentSummary segment) {
        return segment.reviewOverdue(today());
    }

    /** Why the name breaks the naming convention, or "" when it follows it (or there is none). */
    public String namingWarning(SegmentSummary segment) {
        return naming.get().flatMap(convention -> convention.check(segment.name())).orElse("");
    }

    /** Style class of the status chip: "chip-in-review". */
    public static String statusStyleClass(SegmentStatus status) {
        return "chip-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private ZoneId zone() {
        return workspace.getValue() == null ? clock.getZone() : workspace.getValue().timeZone();
    }

    public ObservableList<SegmentSummary> visibleSegments() {
        return visible;
    }

    /** The names of every segment, whatever the filters. */
    public List<String> names() {
        return segments.stream().map(SegmentSummary::name).toList();
    }

    /** Every folder in use ("" is "no folder"), sorted. */
    public ObservableList<String> folders() {
        return folders;
    }

    /** Every owner, sorted. */
    public ObservableList<String> owners() {
        return owners;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The folder shown, "" for segments without one; null for all. */
    public ObjectProperty<String> folderProperty() {
        return folder;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    /** The owner shown; null for anyone. */
    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ReadOnlyObjectProperty<Optional<NamingConvention>> namingProperty() {
        return naming.getReadOnlyProperty();
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

    /** There are segments, but none passes the filters. */
    public BooleanBinding noMatchesProperty() {
        return noMatches;
    }

    /** "4 segments · 3 evaluated", or "1 of 4 segments · 3 evaluated" while filtering. */
    public StringBinding summaryProperty() {
        return summary;
    }
}
