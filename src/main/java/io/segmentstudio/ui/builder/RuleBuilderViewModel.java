package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.RuleValidator;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.edit.RuleEdits;
import io.segmentstudio.engine.columnar.ValueCounts;
import io.segmentstudio.engine.eval.Explainer;
import io.segmentstudio.engine.eval.Explanation;
import io.segmentstudio.engine.format.ExportedRule;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormat;
import io.segmentstudio.engine.format.RuleFormats;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.Debouncer;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.workspace.Workspace;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rule builder without its controls: the rule as an immutable tree, every edit recorded for undo,
 * the validator's findings per node, the live count, the SQL a chosen dialect runs, and the
 * explanation of one profile. The view only draws this and calls its edit methods.
 */
public final class RuleBuilderViewModel {
    private static final int SUGGESTIONS = 200;
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final RuleSchema schema;
    private final SegmentResolver segments;
    private final List<String> segmentNames;
    private final Clock clock;
    private final EditHistory history = new EditHistory();
    private final NewNodes newNodes;
    private final LiveCount count;
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Dialect> dialect = new SimpleObjectProperty<>(Dialect.POSTGRESQL);
    private final ObservableList<RuleProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, Explanation>> explained = new ReadOnlyObjectWrapper<>(Map.of());

    /** @param context read with {@link BuilderContext#read} off the UI thread */
    private final BuilderContext context;
    /** The node typed into last and the tree that typing left: typing on from there amends that step. */
    private String typingNode;
    private Group typedTree;
    public RuleBuilderViewModel(Workspace workspace, BuilderContext context, TaskRunner tasks, Debouncer debouncer,
                                ErrorReporter errors, Clock clock) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.context = context;
        this.schema = context.schema();
        this.segments = context.resolver();
        this.segmentNames = List.copyOf(new java.util.TreeSet<>(context.segments().keySet()));
        this.clock = clock;
        this.newNodes = new NewNodes(schema, context.eventTypes(), clock, workspace.timeZone());
        this.count = new LiveCount(workspace, segments, tasks, debouncer, errors, clock);
        history.treeProperty().addListener((observable, old, tree) -> treeChanged(tree));
        history.reset("Empty rule", Group.and("root", List.of()));
    }

    /** Starts over from a rule (a segment opened): the history begins there. */
    public void open(Group rule, String label) {
        history.reset(label, rule);
    }

    private void treeChanged(Group tree) {
        // an empty rule is where everyone starts, not a mistake: it is simply not counted yet
        problems.setAll(tree.children().isEmpty() ? List.of() : new RuleValidator(schema, segments).validate(tree));
        explained.set(Map.of());
        if (selected.get() != null && RuleEdits.find(tree, selected.get()).isEmpty()) {
            selected.set(null);
        }
        if (problems.isEmpty() && !tree.children().isEmpty()) {
            count.request(tree, schema);
        } else {
            count.clear();
        }
    }

    // --- edits: each is one step of the history, named as the history panel shows it

    public String addCondition(String groupId) {
        return add(groupId, newNodes.predicate(ids()), "Add condition");
    }

    public String addGroup(String groupId) {
        return add(groupId, newNodes.group(ids()), "Add group");
    }

    public String addEventCondition(String groupId) {
        return add(groupId, newNodes.eventCondition(ids()), "Add event condition");
    }

    public String addSegmentReference(String groupId, String segment) {
        return add(groupId, newNodes.segmentReference(ids(), segment), "Add segment “" + segment + "”");
    }

    private String add(String groupId, Condition node, String label) {
        Group group = (Group) RuleEdits.find(tree(), groupId).orElseThrow();
        edit(label, RuleEdits.insert(tree(), groupId, group.children().size(), node));
        selected.set(node.id());
        return node.id();
    }

    public void delete(String id) {
        edit("Delete " + Describe.node(node(id)), RuleEdits.remove(tree(), id));
    }

    public void duplicate(String id) {
        edit("Duplicate " + Describe.node(node(id)), RuleEdits.duplicate(tree(), id, ids()));
    }

    /** A drop: the node goes to the group at the index as the group looks before the move. */
    public void move(String id, String groupId, int index) {
        edit("Move " + Describe.node(node(id)), RuleEdits.move(tree(), id, groupId, index));
    }

    public void wrapInGroup(String id) {
        edit("Group " + Describe.node(node(id)), RuleEdits.wrapInGroup(tree(), id, ids().get(), Combinator.AND));
    }

    public void setCombinator(String groupId, Combinator combinator) {
        edit("Match " + (combinator == Combinator.AND ? "all" : "any"), RuleEdits.setCombinator(tree(), groupId, combinator));
    }

    public void toggleNegated(String groupId) {
        Group group = (Group) node(groupId);
        edit(group.negated() ? "Remove NOT" : "Negate group", RuleEdits.setNegated(tree(), groupId, !group.negated()));
    }

    public void toggleDisabled(String id) {
        Condition node = node(id);
        edit((node.disabled() ? "Enable " : "Disable ") + Describe.node(node), RuleEdits.setDisabled(tree(), id, !node.disabled()));
    }

    /** An editor's result: the node with the same id, changed. */
    public void change(Condition edited) {
        edit("Change " + Describe.node(edited), RuleEdits.replace(tree(), edited));
    }

    /**
     * A value typed into a node's field, committed at each keystroke that makes it valid: consecutive
     * keystrokes in the same node make one undo step, so that "250" is undone at once, not digit by digit.
     */
    public void changeWhileTyping(Condition edited) {
        Group next = RuleEdits.replace(tree(), edited);
        String label = "Change " + Describe.node(edited);
        if (edited.id().equals(typingNode) && history.treeProperty().get() == typedTree) {
            history.amend(label, next);
        } else {
            history.record(label, next);
        }
        typingNode = edited.id();
        typedTree = history.treeProperty().get();
    }

    /** The user left the field or pressed Enter: what is typed next is a step of its own. */
    public void endTyping() {
        typingNode = null;
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    private void edit(String label, Group next) {
        history.record(label, next);
    }

    // --- reading

    /** Nothing to count yet: the rule has no condition. */
    public boolean isEmpty() {
        return tree().children().isEmpty();
    }

    /** Problems of one node, for the mark on it. */
    public List<RuleProblem> problemsOf(String id) {
        return problems.stream().filter(p -> id.equals(p.nodeId())).toList();
    }

    /** The SQL the chosen dialect would run, with literals inlined for reading; empty while the rule has problems. */
    public Optional<String> sql() {
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Condition expanded = new ReferenceExpander(segments).expand(tree());
        ExportedRule written = RuleFormats.writer(RuleFormat.SQL, RuleFormats.WriteContext.of(schema)
                .withDialect(dialect.get()).withAsOf(asOf())).write(expanded);
        return Optional.of("SELECT p.profile_key FROM profile p\nWHERE " + written.text());
    }

    /**
     * Explains the rule for one profile (found by key in the background): every node with its outcome
     * and the values compared. The answer is empty when no profile has the key.
     */
    /** A profile explained: its key (the one typed, or the one an email or key prefix found) and the verdict. */
    public record Explained(String key, Explanation explanation) {
    }

    /**
     * Explains the rule for a profile: by its key, else by the one profile whose key or email starts with the
     * text (empty when none or several do: the text must single one out).
     */
    public void explain(String keyOrEmail, Consumer<Optional<Explained>> show) {
        if (!problems.isEmpty()) {
            explained.set(Map.of());
            show.accept(Optional.empty());
            return;
        }
        Group rule = tree();
        AsOf asOf = asOf();
        String typed = keyOrEmail.strip();
        tasks.run(BackgroundTask.of("Explaining " + typed, progress -> find(typed)
                        .map(profile -> new Explained(profile.key(), new Explainer().explain(
                                new ReferenceExpander(segments).expand(rule), schema, asOf, profile))))
                .onSuccess(answer -> {
                    Map<String, Explanation> byNode = new LinkedHashMap<>();
                    answer.ifPresent(e -> index(e.explanation(), byNode));
                    explained.set(rule.equals(tree()) ? Map.copyOf(byNode) : Map.of());
                    show.accept(answer);
                })
                .onFailure(error -> errors.report("Cannot explain the rule for " + typed, error)));
    }

    private Optional<io.segmentstudio.domain.Profile> find(String typed) {
        Optional<io.segmentstudio.domain.Profile> byKey = workspace.profileReader().find(typed);
        if (byKey.isPresent() || typed.isEmpty()) {
            return byKey;
        }
        List<io.segmentstudio.workspace.ProfileStore.Match> matches = workspace.profiles().search(typed, 2);
        return matches.size() == 1 ? workspace.profileReader().find(matches.get(0).key()) : Optional.empty();
    }

    private static void index(Explanation explanation, Map<String, Explanation> byNode) {
        byNode.put(explanation.nodeId(), explanation);
        explanation.children().forEach(child -> index(child, byNode));
    }

    /**
     * Values of a text, boolean or list attribute to pick from, most common first, with how many
     * profiles hold each; computed in the background on the columnar image.
     */
    public void suggestValues(String attribute, String search, Consumer<List<ValueCounts.ValueCount>> show) {
        tasks.run(BackgroundTask.of("Finding values of " + attribute, progress -> workspace.image().read(progress,
                        image -> ValueCounts.of(image, attribute, search, SUGGESTIONS)))
                .onSuccess(show)
                .onFailure(error -> errors.report("Cannot list the values of " + attribute, error)));
    }

    /** Replaces the rule with one read from another format; returns the reader's warnings. */
    public ImportedRule importRule(RuleFormat format, String text) {
        ImportedRule imported = RuleFormats.reader(format).read(text, schema);
        Group root = imported.rule() instanceof Group group ? group : Group.and(ids().get(), List.of(imported.rule()));
        edit("Import " + format.name().toLowerCase(java.util.Locale.ROOT), root);
        return imported;
    }

    /** The rule in another format, with the writer's warnings. */
    public ExportedRule exportRule(RuleFormat format) {
        Condition rule = format == RuleFormat.NATIVE ? tree()
                : new ReferenceExpander(segments).expand(tree());
        return RuleFormats.writer(format, RuleFormats.WriteContext.of(schema).withDialect(dialect.get())
                .withAsOf(asOf())).write(rule);
    }

    private AsOf asOf() {
        return new AsOf(clock.instant(), workspace.timeZone());
    }

    private Condition node(String id) {
        return RuleEdits.find(tree(), id).orElseThrow(() -> new IllegalArgumentException("no node " + id));
    }

    /** An id no node of the rule has, for a node the view builds itself (an event filter). */
    public String freshId() {
        return ids().get();
    }

    private IdSource ids() {
        return new IdSource(RuleEdits.ids(tree()));
    }

    public Group tree() {
        return history.treeProperty().get();
    }

    /** The share of profiles holding a value of the attribute, for the picker; empty for event properties. */
    public java.util.OptionalDouble fillRate(String attribute) {
        return context.fillRate(attribute);
    }

    public RuleSchema schema() {
        return schema;
    }

    /** The other segments a rule can reference, by name. */
    public List<String> segmentNames() {
        return segmentNames;
    }

    public NewNodes newNodes() {
        return newNodes;
    }

    public EditHistory history() {
        return history;
    }

    public LiveCount count() {
        return count;
    }

    public ObservableList<RuleProblem> problems() {
        return problems;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Dialect> dialectProperty() {
        return dialect;
    }

    /** The last explanation by node id; empty when none is shown (it is cleared by every edit). */
    public ReadOnlyObjectProperty<Map<String, Explanation>> explainedProperty() {
        return explained.getReadOnlyProperty();
    }
}
