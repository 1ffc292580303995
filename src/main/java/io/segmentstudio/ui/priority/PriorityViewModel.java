package io.segmentstudio.ui.priority;

import io.segmentstudio.domain.PriorityGroup;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.RunningTask;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.PriorityPreview;
import io.segmentstudio.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Priorities page: the workspace's priority groups, and the selected group's segments as a working
 * order the user rearranges, adds to and removes from, with each segment's raw and exclusive size in that
 * order. Every change sizes the order again in the background, one sizing at a time; an answer about an
 * older order is never shown. Save writes the order as the acting user; Revert goes back to the saved one.
 */
public final class PriorityViewModel {
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER;

    /** What the page reads: the groups, and the segments a group may take (archived ones are left out). */
    record Catalog(List<PriorityGroup> groups, List<String> segments) {
        static Catalog read(Workspace workspace) {
            return new Catalog(workspace.priorityGroups().list(), workspace.segments().list().stream()
                    .filter(segment -> segment.status() != SegmentStatus.ARCHIVED)
                    .map(SegmentSummary::name)
                    .sorted(BY_NAME)
                    .toList());
        }
    }

    private final ObservableValue<Workspace> workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Formats formats;
    private final ObservableStringValue user;
    private final Clock clock;
    private final ObservableList<PriorityGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<PriorityGroup> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> order = FXCollections.observableArrayList();
    private final ObservableList<PriorityRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> addable = FXCollections.observableArrayList();
    private final List<String> catalogSegments = new ArrayList<>();
    /** Raw sizes do not depend on the order, so a reordered row shows its own at once. */
    private final Map<String, Long> knownMembers = new HashMap<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PriorityPreview.Result> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunningTask> previewTask = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unsavedNote = new ReadOnlyStringWrapper("");
    private final WorkspaceQuery<Catalog> query;
    private final BooleanBinding noGroups;
    private final BooleanBinding emptyGroup;
    private List<String> saved = List.of();
    private long requested;
    private RunningTask running;
    private boolean sizeAgain;
    /** The last sizing of this order failed or was cancelled: nothing is coming. */
    private boolean sizingStopped;

    /** @param user who saves, creates and deletes groups (the audit log's actor) */
    public PriorityViewModel(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                             Formats formats, ObservableStringValue user, Clock clock) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.formats = formats;
        this.user = user;
        this.clock = clock;
        selected.addListener((observable, old, group) -> open(old, group));
        order.addListener((ListChangeListener<String>) change -> {
            refresh();
            preview();
        });
        query = new WorkspaceQuery<>(workspace, tasks, errors, "priority groups", Catalog::read, this::show,
                this::clear);
        noGroups = Bindings.createBooleanBinding(
                () -> groups.isEmpty() && !query.loadingProperty().get() && workspace.getValue() != null,
                groups, query.loadingProperty(), workspace);
        emptyGroup = selected.isNotNull().and(Bindings.isEmpty(order));
    }

    private void show(Catalog catalog) {
        catalogSegments.clear();
        catalogSegments.addAll(catalog.segments());
        PriorityGroup shown = selected.get();
        groups.setAll(catalog.groups());
        PriorityGroup again = shown == null ? null : find(shown.name()).orElse(null);
        PriorityGroup next = again != null ? again : groups.isEmpty() ? null : groups.get(0);
        if (Objects.equals(next, shown)) {
            refresh();
            preview(); // read again: segment rules may have changed since
        } else {
            selected.set(next);
        }
    }

    private void clear() {
        ++requested;
        cancelPreview();
        preview.set(null);
        knownMembers.clear();
        catalogSegments.clear();
        selected.set(null);
        groups.clear();
    }

    /**
     * Shows a group. The same group read again (after a save or a reload) keeps an unsaved working order;
     * another group starts from its saved order.
     */
    private void open(PriorityGroup old, PriorityGroup group) {
        saved = group == null ? List.of() : group.segments();
        boolean sameGroup = old != null && group != null && old.name().equals(group.name());
        if (sameGroup && !order.equals(old.segments())) {
            refresh();
        } else if (order.equals(saved)) {
            refresh();
            preview();
        } else {
            order.setAll(saved);
        }
    }

    /** Reads the groups and sizes again (segments may have changed on other pages). */
    public void reload() {
        query.reload();
    }

    // ---- the working order ----

    /** Moves a segment to a position of the working order (0 = highest priority). */
    public void move(String segment, int index) {
        List<String> next = new ArrayList<>(order);
        if (!next.remove(segment)) {
            return;
        }
        next.add(Math.max(0, Math.min(index, next.size())), segment);
        order.setAll(next);
    }

    /** Drops a dragged segment just above or just below another one. */
    public void drop(String dragged, String target, boolean below) {
        if (dragged.equals(target) || !order.contains(dragged) || !order.contains(target)) {
            return;
        }
        List<String> next = new ArrayList<>(order);
        next.remove(dragged);
        next.add(next.indexOf(target) + (below ? 1 : 0), dragged);
        order.setAll(next);
    }

    public void moveUp(String segment) {
        int at = order.indexOf(segment);
        if (at > 0) {
            move(segment, at - 1);
        }
    }

    public void moveDown(String segment) {
        int at = order.indexOf(segment);
        if (at >= 0 && at < order.size() - 1) {
            move(segment, at + 1);
        }
    }

    /** Adds a segment at the bottom: it gets whoever the segments above leave. */
    public void add(String segment) {
        if (selected.get() != null && !order.contains(segment) && catalogSegments.contains(segment)) {
            order.add(segment);
        }
    }

    public void remove(String segment) {
        order.remove(segment);
    }

    public void revert() {
        order.setAll(saved);
    }

    /** Writes the working order (and any added or removed segments) as the acting user. */
    public void save() {
        PriorityGroup group = selected.get();
        Workspace open = workspace.getValue();
        if (group == null || open == null || !dirty.get()) {
            return;
        }
        List<String> next = List.copyOf(order);
        boolean sameSegments = next.size() == saved.size() && new HashSet<>(next).equals(new HashSet<>(saved));
        String acting = user.get();
        saving.set(true);
        tasks.run(BackgroundTask.of("Saving priority group " + group.name(), progress -> sameSegments
                        ? open.priorityGroups().reorder(group.name(), next, acting)
                        : open.priorityGroups().setSegments(group.name(), next, acting))
                .onSuccess(written -> {
                    saving.set(false);
                    replace(written);
                })
                .onFailure(error -> {
                    saving.set(false);
                    errors.report("Cannot save priority group '" + group.name() + "'", error);
                }));
    }

    private void replace(PriorityGroup written) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).name().equals(written.name())) {
                groups.set(i, written);
            }
        }
        if (selected.get() != null && selected.get().name().equals(written.name())) {
            selected.set(written);
        }
    }

    // ---- groups ----

    /** Why a name cannot be a new group's, or empty when it can. */
    public Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("A priority group needs a name.");
        }
        return find(name.strip()).map(taken -> "There is already a priority group named “" + taken.name() + "”.");
    }

    /** Creates a group as the acting user and selects it. */
    public void create(String name, String description, List<String> segments) {
        Workspace open = workspace.getValue();
        if (open == null) {
            return;
        }
        String acting = user.get();
        List<String> initial = List.copyOf(segments);
        tasks.run(BackgroundTask.of("Creating priority group " + name, progress ->
                        open.priorityGroups().create(name, description, initial, acting))
                .onSuccess(group -> {
                    groups.add(group);
                    FXCollections.sort(groups, Comparator.comparing(PriorityGroup::name, BY_NAME));
                    selected.set(group);
                })
                .onFailure(error -> errors.report("Cannot create priority group '" + name + "'", error)));
    }

    /** Deletes the selected group as the acting user (the view asks for confirmation first). */
    public void deleteSelected() {
        PriorityGroup group = selected.get();
        Workspace open = workspace.getValue();
        if (group == null || open == null) {
            return;
        }
        String acting = user.get();
        tasks.run(BackgroundTask.of("Deleting priority group " + group.name(), progress -> {
                    open.priorityGroups().delete(group.name(), acting);
                    return group;
                })
                .onSuccess(deleted -> {
                    groups.removeIf(g -> g.name().equals(deleted.name()));
                    if (selected.get() != null && selected.get().name().equals(deleted.name())) {
                        selected.set(groups.isEmpty() ? null : groups.get(0));
                    }
                })
                .onFailure(error -> errors.report("Cannot delete priority group '" + group.name() + "'", error)));
    }

    /** Segments of the workspace a new group may start with. */
    public List<String> catalogSegments() {
        return List.copyOf(catalogSegments);
    }

    /** "3 segments · one offer each". */
    public String describe(PriorityGroup group) {
        String count = group.segments().size() == 1 ? "1 segment" : formats.count(group.segments().size()) + " segments";
        return group.description().isBlank() ? count : count + " · " + group.description();
    }

    private Optional<PriorityGroup> find(String name) {
        return groups.stream().filter(group -> group.name().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    // ---- sizes ----

    /**
     * Sizes the working order. One sizing runs at a time: an order changed meanwhile is sized when it ends,
     * and the answer about the older order is dropped. (Cancelling it instead would throw away a first load
     * of the columnar image, which the next sizing would then start again.)
     */
    private void preview() {
        ++requested;
        if (running != null && !running.isDone()) {
            sizeAgain = true;
            return;
        }
        startPreview();
    }

    private void startPreview() {
        sizeAgain = false;
        sizingStopped = false;
        long generation = requested;
        PriorityGroup group = selected.get();
        Workspace open = workspace.getValue();
        if (group == null || open == null || order.isEmpty()) {
            preview.set(null);
            refresh();
            return;
        }
        List<String> sized = List.copyOf(order);
        Instant asOf = clock.instant();
        RunningTask task = tasks.run(BackgroundTask.of("Sizing " + group.name(),
                        progress -> new PriorityPreview(open).compute(group.name(), sized, asOf, progress))
                .onSuccess(result -> previewEnded(generation, open, result))
                .onFailure(error -> {
                    previewEnded(generation, open, null);
                    if (generation == requested) {
                        errors.report("Cannot size the segments of priority group '" + group.name() + "'", error);
                    }
                })
                .onCancelled(() -> previewEnded(generation, open, null)));
        if (!task.isDone()) {
            running = task;
            previewTask.set(task);
        }
    }

    /** @param result null when the sizing failed or was cancelled */
    private void previewEnded(long generation, Workspace sizedIn, PriorityPreview.Result result) {
        running = null;
        previewTask.set(null);
        boolean sameWorkspace = sizedIn == workspace.getValue();
        if (sameWorkspace && result != null) {
            // raw sizes hold in any order, so even an older order's answer fills them in
            result.rows().forEach(row -> knownMembers.put(row.segment(), row.members()));
        }
        if (sameWorkspace && generation == requested) {
            sizingStopped = result == null;
            preview.set(result);
            refresh();
            return;
        }
        refresh();
        if (sizeAgain) {
            startPreview();
        }
    }

    /** Stops sizing (the first sizing of a big workspace builds its columnar image and can take seconds). */
    public void cancelPreview() {
        sizeAgain = false;
        if (running != null) {
            running.cancel();
        }
    }

    /** Rows, totals and notes from the working order and the latest sizes. */
    private void refresh() {
        dirty.set(!order.equals(saved));
        unsavedNote.set(dirty.get() ? "This order is not saved: the sizes show what it would do. Save it to use it,"
                + " or revert to the saved order." : "");
        addable.setAll(catalogSegments.stream().filter(segment -> !order.contains(segment)).toList());
        PriorityPreview.Result result = sizesOfThisOrder();
        long largest = Math.max(1, order.stream().mapToLong(s -> knownMembers.getOrDefault(s, 0L)).max().orElse(1));
        List<PriorityRow> next = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String segment = order.get(i);
            long members = knownMembers.getOrDefault(segment, -1L);
            PriorityPreview.Row sized = result == null ? null : result.rows().get(i);
            long exclusive = sized == null ? -1 : sized.exclusive();
            next.add(new PriorityRow(i + 1, segment, members, exclusive, Math.max(0, members) / (double) largest,
                    Math.max(0, exclusive) / (double) largest, exclusive < 0 ? "" : formats.count(exclusive) + " kept",
                    members < 0 ? "" : exclusive < 0 ? formats.count(members) + " members" : "of " + formats.count(members),
                    sized != null ? loss(sized, i) : sizingStopped ? "not sized" : "Sizing…"));
        }
        rows.setAll(next);
        total.set(result == null ? (order.isEmpty() ? "" : sizingStopped
                ? "The sizes of this order were not computed. Refresh to compute them." : "Sizing this order…")
                : formats.count(result.assigned()) + (result.assigned() == 1 ? " profile" : " profiles")
                + " assigned to one segment of this group · " + formats.percent(share(result.assigned(),
                result.profiles())) + " of " + formats.count(result.profiles()));
    }

    /** The latest sizes when they are of the order on screen, else null (a newer order is being sized). */
    private PriorityPreview.Result sizesOfThisOrder() {
        PriorityPreview.Result result = preview.get();
        return result != null && result.rows().stream().map(PriorityPreview.Row::segment).toList().equals(order)
                ? result : null;
    }

    /** "loses 1,204 (35.3%) to VIP", or what it keeps when it loses nothing. */
    private String loss(PriorityPreview.Row row, int index) {
        if (row.members() == 0) {
            return "has no members today";
        }
        if (index == 0) {
            return "first pick: keeps all its members";
        }
        long lost = row.members() - row.exclusive();
        if (lost == 0) {
            return "keeps all its members: none is in a segment above";
        }
        String head = "loses " + formats.count(lost) + " (" + formats.percent(share(lost, row.members())) + ")";
        if (row.lostTo().size() == 1) {
            return head + " to " + row.lostTo().get(0).to();
        }
        List<String> parts = row.lostTo().stream()
                .map(loss -> formats.count(loss.profiles()) + " to " + loss.to()).toList();
        return head + ": " + String.join(", ", parts);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    // ---- properties ----

    public ObservableList<PriorityGroup> groups() {
        return groups;
    }

    /** The group on screen; the view sets it from its list. */
    public ObjectProperty<PriorityGroup> selectedProperty() {
        return selected;
    }

    /** The working order, highest priority first. */
    public ObservableList<String> order() {
        return FXCollections.unmodifiableObservableList(order);
    }

    public ObservableList<PriorityRow> rows() {
        return rows;
    }

    /** Segments that are not archived and not in the working order. */
    public ObservableList<String> addableSegments() {
        return addable;
    }

    /** The working order differs from the saved one. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The sizes of the working order once computed. */
    public ReadOnlyObjectProperty<PriorityPreview.Result> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The sizing still running, for its progress and Cancel; null when none. */
    public ReadOnlyObjectProperty<RunningTask> previewTaskProperty() {
        return previewTask.getReadOnlyProperty();
    }

    /** "9,876 profiles assigned to one segment of this group · 24.7% of 40,000". */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Says the order on screen is not saved; "" when it is. */
    public ReadOnlyStringProperty unsavedNoteProperty() {
        return unsavedNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return query.loadingProperty();
    }

    /** The workspace has no priority groups. */
    public BooleanBinding noGroupsProperty() {
        return noGroups;
    }

    /** The selected group has no segments (yet, or no longer in the working order). */
    public BooleanBinding emptyGroupProperty() {
        return emptyGroup;
    }
}
