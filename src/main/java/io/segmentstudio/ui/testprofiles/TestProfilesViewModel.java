package io.segmentstudio.ui.testprofiles;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.TestProfile;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.RunningTask;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.WorkspaceQuery;
import io.segmentstudio.workspace.ProfileStore;
import io.segmentstudio.workspace.TestProfileRunner;
import io.segmentstudio.workspace.TestProfileRunner.TestResult;
import io.segmentstudio.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The test profiles of one segment: its saved tests with the outcome of the last run, running them all,
 * the explanation of the selected one, and adding (frozen or by hand), flipping and removing tests as
 * the acting user. Every read and write runs in the background; an answer about a segment or workspace
 * no longer shown is dropped.
 */
public final class TestProfilesViewModel {
    /** How many profiles a search lists: enough to pick from, few enough to read. */
    private static final int MATCHES = 20;
    /** The key of every hand-written profile: it names no real profile. */
    private static final String HAND_KEY = "by-hand";
    private static final String MASK = "•••";

    private final ObservableValue<Workspace> workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Formats formats;
    private final ObservableStringValue user;
    private final Clock clock;
    private final StringProperty segment = new SimpleStringProperty();
    private final ObservableList<TestRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TestRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ExplanationLine> explanation = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ruleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RunningTask> run = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Attribute> attributes = FXCollections.observableArrayList();
    private final NewTestForm form = new NewTestForm();
    private final StringBinding summary;
    private final BooleanBinding empty;
    /** Changes whenever another segment or workspace is shown: answers started before are dropped. */
    private long generation;
    private Object loadToken;
    private Object runToken;
    private Object searchToken;
    private RunningTask pendingLoad;

    /**
     * @param user  who adds, changes and removes tests (the audit log names them)
     * @param clock the instant tests run at unless they pin their own
     */
    public TestProfilesViewModel(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                                 Formats formats, ObservableStringValue user, Clock clock) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.formats = formats;
        this.user = user;
        this.clock = clock;
        new WorkspaceQuery<>(workspace, tasks, errors, "attributes",
                open -> open.attributes().list().stream().sorted(Comparator.comparing(Attribute::name)).toList(),
                attributes::setAll, attributes::clear);
        summary = Bindings.createStringBinding(this::describeRun, rows, segment, loading);
        empty = segment.isNotNull().and(loading.not()).and(Bindings.isEmpty(rows));
        segment.addListener((observable, old, now) -> show());
        workspace.addListener((observable, old, now) -> show());
        selected.addListener((observable, old, now) -> explain(now));
    }

    // --- reading

    /** Starts over for the segment (or workspace) now shown. */
    private void show() {
        generation++;
        loadToken = null;
        searchToken = null;
        if (pendingLoad != null) {
            pendingLoad.cancel();
        }
        cancelRun();
        rows.clear();
        form.close();
        reload();
    }

    /** Reads the segment's tests again, keeping the results of the tests that are still there. */
    public void reload() {
        String shown = segment.get();
        Workspace open = workspace.getValue();
        if (shown == null || open == null) {
            loading.set(false);
            return;
        }
        Object token = new Object();
        loadToken = token;
        loading.set(true);
        pendingLoad = tasks.run(BackgroundTask.of("Loading the tests of " + shown,
                        progress -> open.testProfiles().list(shown))
                .onSuccess(tests -> {
                    if (loadToken == token) {
                        loading.set(false);
                        showTests(tests);
                    }
                })
                .onFailure(error -> {
                    if (loadToken == token) {
                        loading.set(false);
                        errors.report("Cannot load the tests of " + shown, error);
                    }
                }));
    }

    private void showTests(List<TestProfile> tests) {
        Map<Long, TestResult> results = rows.stream().filter(row -> row.result() != null)
                .collect(Collectors.toMap(row -> row.test().id(), TestRow::result));
        setRows(tests.stream().map(test -> new TestRow(test, results.get(test.id()))).toList());
    }

    /** Replaces the rows, keeping the selected test selected (its row is a new one). */
    private void setRows(List<TestRow> next) {
        Long selectedId = selected.get() == null ? null : selected.get().test().id();
        rows.setAll(next);
        selected.set(next.stream().filter(row -> selectedId != null && row.test().id() == selectedId)
                .findFirst().orElse(null));
    }

    // --- running

    /** Runs every test of the segment against its current version, as of now unless a test pins its own. */
    public void runAll() {
        String shown = segment.get();
        Workspace open = workspace.getValue();
        if (shown == null || open == null || run.get() != null) {
            return;
        }
        Instant now = clock.instant();
        Object token = new Object();
        runToken = token;
        RunningTask task = tasks.run(BackgroundTask.of("Running the tests of " + shown,
                        progress -> new TestProfileRunner(open).run(open.testProfiles().list(shown), now, progress))
                .onSuccess(done -> {
                    if (runToken == token) {
                        finishRun();
                        showRun(done.results());
                    }
                })
                .onFailure(error -> {
                    if (runToken == token) {
                        finishRun();
                        errors.report("Cannot run the tests of " + shown, error);
                    }
                })
                .onCancelled(() -> {
                    if (runToken == token) {
                        finishRun();
                    }
                }));
        if (runToken == token) { // a synchronous runner has finished already
            run.set(task);
        }
    }

    /** Shows a run's results and selects the first failure, whose explanation is what the user wants. */
    private void showRun(List<TestResult> results) {
        setRows(results.stream().map(result -> new TestRow(result.test(), result)).toList());
        rows.stream().filter(row -> row.status() == TestRow.Status.FAILED).findFirst().ifPresent(selected::set);
    }

    /** Stops a run; the tests keep the results they had before it. */
    public void cancelRun() {
        RunningTask task = run.get();
        finishRun();
        if (task != null) {
            task.cancel();
        }
    }

    private void finishRun() {
        runToken = null;
        run.set(null);
    }

    // --- the selected test

    private void explain(TestRow row) {
        explanation.clear();
        ruleError.set("");
        if (row == null) {
            verdict.set("");
            return;
        }
        TestResult result = row.result();
        if (result == null) {
            verdict.set("Not run yet: run the tests to see whether it passes.");
            return;
        }
        String where = "version " + result.version() + ", as of " + formats.dateTime(result.asOf(), zone());
        if (result.error() != null) {
            verdict.set("Failed: version " + result.version() + " of the rule could not be evaluated.");
            ruleError.set(result.error());
            return;
        }
        explanation.setAll(ExplanationLine.of(result.explanation()));
        String was = result.member() ? "a member" : "not a member";
        verdict.set(row.status() == TestRow.Status.PASSED
                ? "Passed: " + was + ", as expected (" + where + ")."
                : "Failed: expected " + (row.test().expectMember() ? "a member" : "not a member") + ", but it is "
                        + was + " (" + where + ").");
    }

    // --- changing tests

    /** Saves the form as a new test: the profile frozen from the workspace, or the values written by hand. */
    public void addTest() {
        if (form.sourceProperty().get() == NewTestForm.Source.FROZEN) {
            addFrozen();
        } else {
            addByHand();
        }
    }

    /** Freezes a copy of the workspace profile whose key the form names. */
    public void addFrozen() {
        String name = requireName();
        if (name == null) {
            return;
        }
        String key = form.profileKeyProperty().get().strip();
        if (key.isEmpty()) {
            form.complain("Type the key of the profile to freeze, or find it by the start of its key or email.");
            return;
        }
        boolean expect = form.expectMemberProperty().get();
        Instant asOf = pinnedAsOf();
        String acting = user.get(); // read here: the write runs in the background, the property is the UI's
        add(name, (open, shown) -> open.testProfiles().freeze(shown, name, key, expect, asOf, acting));
    }

    /** Saves the values written by hand as a profile; nothing is saved while a value does not parse. */
    public void addByHand() {
        String name = requireName();
        if (name == null) {
            return;
        }
        Map<String, Object> values;
        try {
            values = ProfileValues.parse(form.handValues());
        } catch (IllegalArgumentException e) {
            form.complain(e.getMessage());
            return;
        }
        Profile profile = new Profile(HAND_KEY, values, List.of());
        boolean expect = form.expectMemberProperty().get();
        Instant asOf = pinnedAsOf();
        String acting = user.get();
        add(name, (open, shown) -> open.testProfiles().add(shown, name, profile, expect, asOf, acting));
    }

    private String requireName() {
        String name = form.nameProperty().get() == null ? "" : form.nameProperty().get().strip();
        if (name.isEmpty()) {
            form.complain("Give the test a name that says what it checks, e.g. “gold members are VIP”.");
            return null;
        }
        return name;
    }

    private Instant pinnedAsOf() {
        return form.pinAsOfProperty().get() ? clock.instant() : null;
    }

    /** A write that saves one test. */
    @FunctionalInterface
    private interface Write {
        TestProfile apply(Workspace workspace, String segment);
    }

    private void add(String name, Write write) {
        String shown = segment.get();
        Workspace open = workspace.getValue();
        if (shown == null || open == null) {
            return;
        }
        long started = generation;
        tasks.run(BackgroundTask.of("Adding test " + name, progress -> {
                    TestProfile added = write.apply(open, shown);
                    return Map.entry(added, open.testProfiles().list(shown));
                })
                .onSuccess(done -> {
                    if (started == generation) {
                        form.close();
                        showTests(done.getValue());
                        rows.stream().filter(row -> row.test().id() == done.getKey().id()).findFirst()
                                .ifPresent(selected::set);
                    }
                })
                .onFailure(error -> {
                    // the workspace refuses in words the user can act on: a taken name, an unknown key or attribute
                    if (error instanceof IllegalArgumentException) {
                        form.complain(error.getMessage());
                    } else {
                        errors.report("Cannot add the test “" + name + "” to " + shown, error);
                    }
                }));
    }

    /** Makes the test expect the opposite outcome (after a deliberate change of the rule). */
    public void flipExpected(TestRow row) {
        boolean expect = !row.test().expectMember();
        String acting = user.get();
        change(row, "Changing", open -> open.testProfiles().expect(row.test().segment(), row.test().name(), expect,
                acting));
    }

    /** Removes the test; the view asks first. */
    public void remove(TestRow row) {
        String acting = user.get();
        change(row, "Removing", open -> {
            open.testProfiles().remove(row.test().segment(), row.test().name(), acting);
            return null;
        });
    }

    private void change(TestRow row, String doing, Function<Workspace, Object> write) {
        Workspace open = workspace.getValue();
        String shown = row.test().segment();
        if (open == null) {
            return;
        }
        long started = generation;
        tasks.run(BackgroundTask.of(doing + " test " + row.test().name(), progress -> {
                    write.apply(open);
                    return open.testProfiles().list(shown);
                })
                .onSuccess(tests -> {
                    if (started == generation) {
                        showTests(tests);
                    }
                })
                .onFailure(error -> errors.report(doing + " the test “" + row.test().name() + "” of " + shown
                        + " failed", error)));
    }

    // --- finding a profile to freeze

    /** Lists profiles whose key or email starts with what the key field holds. */
    public void searchProfiles() {
        String prefix = form.profileKeyProperty().get().strip();
        Workspace open = workspace.getValue();
        form.matches().clear();
        if (prefix.isEmpty() || open == null) {
            return;
        }
        Object token = new Object();
        searchToken = token;
        tasks.run(BackgroundTask.of("Finding profiles starting with " + prefix,
                        progress -> open.profiles().search(prefix, MATCHES))
                .onSuccess(found -> {
                    if (searchToken == token) {
                        form.matches().setAll(found);
                        if (found.isEmpty()) {
                            form.complain("No profile's key or email starts with “" + prefix + "”.");
                        }
                    }
                })
                .onFailure(error -> {
                    if (searchToken == token) {
                        errors.report("Cannot search the profiles of " + open.name(), error);
                    }
                }));
    }

    /**
     * "C000042", or "C000042 · anna.k•••" when found by email: the part typed is shown, the rest of the
     * address stays masked like every personal value.
     */
    public String describe(ProfileStore.Match match) {
        String prefix = form.profileKeyProperty().get().strip();
        String email = match.email();
        if (email == null || prefix.isEmpty()
                || !email.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
            return match.key();
        }
        return match.key() + " · " + email.substring(0, prefix.length()) + MASK;
    }

    // --- how rows read

    /** "expects member" or "expects not a member". */
    public static String expectation(TestRow row) {
        return row.test().expectMember() ? "expects member" : "expects not a member";
    }

    /** "frozen from C000042 · as of Jun 30, 2025, 2:00 PM", or "by hand". */
    public String origin(TestRow row) {
        TestProfile test = row.test();
        String origin = test.origin() == TestProfile.Origin.FROZEN ? "frozen from " + test.profile().key() : "by hand";
        return test.asOf() == null ? origin : origin + " · as of " + formats.dateTime(test.asOf(), zone());
    }

    /** What flipping the test would make it expect, for the button. */
    public static String flipLabel(TestRow row) {
        return row.test().expectMember() ? "Expect not a member" : "Expect a member";
    }

    /** "3 passed · 1 failed", "not run yet", or what to do when there is nothing to run. */
    private String describeRun() {
        if (segment.get() == null) {
            return "";
        }
        if (rows.isEmpty()) {
            return loading.get() ? "Loading…" : "No tests yet";
        }
        Map<TestRow.Status, Long> counts = rows.stream().collect(Collectors.groupingBy(TestRow::status,
                Collectors.counting()));
        long notRun = counts.getOrDefault(TestRow.Status.NOT_RUN, 0L);
        if (notRun == rows.size()) {
            return formats.count(rows.size()) + (rows.size() == 1 ? " test" : " tests") + " · not run yet";
        }
        List<String> parts = new ArrayList<>();
        parts.add(formats.count(counts.getOrDefault(TestRow.Status.PASSED, 0L)) + " passed");
        parts.add(formats.count(counts.getOrDefault(TestRow.Status.FAILED, 0L)) + " failed");
        if (notRun > 0) {
            parts.add(formats.count(notRun) + " not run");
        }
        return String.join(" · ", parts);
    }

    private ZoneId zone() {
        Workspace open = workspace.getValue();
        return open == null ? ZoneId.systemDefault() : open.timeZone();
    }

    // --- properties

    /** The segment whose tests are shown; null shows none. */
    public StringProperty segmentProperty() {
        return segment;
    }

    public ObservableList<TestRow> rows() {
        return rows;
    }

    public ObjectProperty<TestRow> selectedProperty() {
        return selected;
    }

    /** The selected test's explanation, node by node; empty when it has not run or the rule failed. */
    public ObservableList<ExplanationLine> explanation() {
        return explanation;
    }

    /** The selected test's outcome in a sentence. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Why the rule could not be evaluated for the selected test; empty when it could. */
    public ReadOnlyStringProperty ruleErrorProperty() {
        return ruleError.getReadOnlyProperty();
    }

    /** "3 passed · 1 failed". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** A segment is shown and it has no tests. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The run in progress, for its progress bar; null when none runs. */
    public ReadOnlyObjectProperty<RunningTask> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The workspace's attributes by name, for the rows of a profile written by hand. */
    public ObservableList<Attribute> attributes() {
        return attributes;
    }

    /** What to type for an attribute ("a number, e.g. 149.90"). */
    public static String hint(Attribute attribute) {
        return attribute == null ? "value" : ProfileValues.hint(attribute);
    }

    public NewTestForm form() {
        return form;
    }
}
