package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.edit.RuleEdits;
import io.segmentstudio.engine.eval.Explanation;
import io.segmentstudio.ui.common.Formats;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Draws the rule as nested cards, one per group, with a row per condition, and turns clicks, menus
 * and drags into the builder's edits. It is drawn anew from the tree after every change: rules are
 * small, and nothing here has state of its own beyond what the builder holds.
 */
final class RuleTreeView extends VBox {
    static final String DRAG_PREFIX = "segment-studio/node:";
    private static final String FIELD = "field-";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    private static final PseudoClass DROP_INSIDE = PseudoClass.getPseudoClass("drop-inside");
    private final RuleBuilderViewModel builder;
    private final NodeEditors editors;
    private final Formats formats;
    private final Map<String, Region> drawn = new java.util.HashMap<>();
    private final Map<String, Label> blockCounts = new java.util.HashMap<>();
    /** The rows of the last drawing: a row whose node, problems and explanation are unchanged is kept as is. */
    private Map<RowKey, DrawnRow> rows = new java.util.HashMap<>();
    private Map<RowKey, DrawnRow> nextRows = new java.util.HashMap<>();
    private Map<GroupKey, DrawnGroup> groups = new java.util.HashMap<>();
    private Map<GroupKey, DrawnGroup> nextGroups = new java.util.HashMap<>();
    /** The field typed into when its value was committed: it keeps its text, caret and focus across the redraw. */
    private FieldState typing;
    private boolean redrawing;
    private final javafx.beans.value.ChangeListener<Node> focusMoved;

    /** What a condition row shows; equal keys draw the same row. */
    private record RowKey(Condition condition, boolean topLevel, List<RuleProblem> problems, Object explanation) {
    }

    /** @param editor the predicate's controls, which can take a new value in place; null for other rows */
    private record DrawnRow(VBox region, Label blockCount, NodeEditors.PredicateEditor editor) {
    }

    /** What a group's card shows besides its children; equal keys draw the same card. */
    private record GroupKey(String id, Combinator combinator, boolean negated, boolean disabled, boolean root,
                            boolean block, List<RuleProblem> problems, boolean empty) {
    }

    /** @param fixed what comes before the children: header, block count, problems, the empty note */
    private record DrawnGroup(VBox card, List<Node> fixed, Label blockCount) {
    }

    /** A focused field by its id, with its text (null to keep what the redraw shows) and caret. */
    private record FieldState(String id, String text, int caret) {
    }

    RuleTreeView(RuleBuilderViewModel builder, java.util.function.Function<String, ValueEditors.Suggestions> suggestions,
                 Formats formats) {
        this.builder = builder;
        this.editors = new NodeEditors(builder, suggestions);
        this.formats = formats;
        getStyleClass().add("rule-tree");
        builder.history().treeProperty().addListener((observable, old, tree) -> redraw());
        builder.problems().addListener((javafx.collections.ListChangeListener<RuleProblem>) change -> redraw());
        builder.explainedProperty().addListener((observable, old, explained) -> redraw());
        // counts and selection change labels in place: redrawing would take away a field being typed in
        builder.count().resultProperty().addListener((observable, old, counted) -> showBlockCounts(counted));
        builder.selectedProperty().addListener((observable, old, selected) -> {
            select(old, false);
            select(selected, true);
        });
        // leaving a field (or Enter) ends its undo step; the redraw's own refocusing does not
        focusMoved = (observable, was, now) -> {
            if (!redrawing) {
                builder.endTyping();
            }
        };
        sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusMoved); // a builder replaced by another lets go
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusMoved);
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                builder.endTyping();
            }
        });
        redraw();
    }

    private void redraw() {
        redrawing = true;
        try {
            draw();
        } finally {
            redrawing = false;
        }
    }

    private void draw() {
        FieldState focused = typing != null ? typing : focusedField();
        drawn.clear();
        blockCounts.clear();
        nextRows = new java.util.HashMap<>();
        nextGroups = new java.util.HashMap<>();
        Node root = group(builder.tree(), true);
        if (getChildren().size() != 1 || getChildren().get(0) != root) {
            getChildren().setAll(root);
        }
        rows = nextRows;
        groups = nextGroups;
        showBlockCounts(builder.count().resultProperty().get());
        if (focused != null) {
            refocus(focused);
        }
    }

    /** An editor's result: typed into a field (one undo step per field) or chosen from a control. */
    private void commit(Condition edited) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner instanceof TextInputControl field && field.getId() != null && field.getId().startsWith(FIELD)
                && isInside(field)) {
            typing = new FieldState(field.getId(), field.getText(), field.getCaretPosition());
            try {
                builder.changeWhileTyping(edited);
            } finally {
                typing = null;
            }
        } else {
            builder.change(edited);
        }
    }

    /** The field of this tree that has the focus (an inner editor counts as its control), without its text. */
    private FieldState focusedField() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node node = owner; node != null && node != this; node = node.getParent()) {
            if (node.getId() != null && node.getId().startsWith(FIELD)) {
                return isInside(node) ? new FieldState(node.getId(), null,
                        owner instanceof TextInputControl field ? field.getCaretPosition() : 0) : null;
            }
        }
        return null;
    }

    private boolean isInside(Node node) {
        for (Node parent = node; parent != null; parent = parent.getParent()) {
            if (parent == this) {
                return true;
            }
        }
        return false;
    }

    private void refocus(FieldState state) {
        Node field = lookup("#" + state.id());
        if (field == null) {
            return;
        }
        if (field instanceof TextInputControl text) {
            if (state.text() != null && !state.text().equals(text.getText())) {
                text.setText(state.text()); // what was typed ("2."), not the value it parsed to ("2")
            }
            text.requestFocus();
            text.positionCaret(Math.min(state.caret(), text.getLength()));
        } else {
            field.requestFocus();
        }
    }

    private void select(String id, boolean selected) {
        Region region = id == null ? null : drawn.get(id);
        if (region != null) {
            region.pseudoClassStateChanged(SELECTED, selected);
        }
    }

    private void showBlockCounts(LiveCount.Counted counted) {
        boolean current = counted != null && counted.tree().equals(builder.tree());
        blockCounts.forEach((id, label) -> {
            label.setText("");
            label.setVisible(false);
        });
        if (!current || counted.blocks().size() < 2) {
            return; // one block alone is the whole count
        }
        for (LiveCount.BlockCount block : counted.blocks()) {
            Label label = blockCounts.get(block.nodeId());
            if (label != null) {
                label.setText(formats.count(block.members()) + " alone");
                label.setTooltip(new Tooltip(formats.count(block.members()) + " profiles meet this block on its own"));
                label.setVisible(true);
            }
        }
    }

    private Node group(Group group, boolean root) {
        return group(group, root, false);
    }

    /**
     * A group's card. The card of the last drawing is kept when the group's own settings are unchanged,
     * and its rows are only put in again when they changed: moving kept rows to a new card would make
     * JavaFX style all of them again.
     *
     * @param block a top-level block, with a place for how many profiles meet it alone
     */
    private Node group(Group group, boolean root, boolean block) {
        List<Node> children = new java.util.ArrayList<>();
        for (Condition child : group.children()) {
            children.add(root ? withBlockCount(child) : node(child));
        }
        GroupKey key = new GroupKey(group.id(), group.combinator(), group.negated(), group.disabled(), root, block,
                builder.problemsOf(group.id()), group.children().isEmpty());
        DrawnGroup card = groups.get(key);
        if (card == null || nextGroups.containsValue(card)) {
            card = drawGroup(group, root, block);
        } else {
            drawn.put(group.id(), card.card());
            card.card().pseudoClassStateChanged(SELECTED, group.id().equals(builder.selectedProperty().get()));
        }
        nextGroups.put(key, card);
        if (card.blockCount() != null) {
            blockCounts.put(group.id(), card.blockCount());
        }
        List<Node> wanted = new java.util.ArrayList<>(card.fixed());
        wanted.addAll(children);
        if (!card.card().getChildren().equals(wanted)) {
            card.card().getChildren().setAll(wanted);
        }
        return card.card();
    }

    private DrawnGroup drawGroup(Group group, boolean root, boolean block) {
        ToggleGroup combinators = new ToggleGroup();
        ToggleButton all = combinatorButton("All", "Members must meet every condition (AND)", Combinator.AND, group, combinators);
        ToggleButton any = combinatorButton("Any", "Members must meet at least one condition (OR)", Combinator.OR, group, combinators);
        HBox segmented = new HBox(all, any);
        segmented.getStyleClass().add("segmented");
        ToggleButton not = new ToggleButton("NOT");
        not.getStyleClass().add("not-toggle");
        not.setSelected(group.negated());
        not.setTooltip(new Tooltip("Negate the group: members are those who do not meet it"));
        not.setOnAction(event -> builder.toggleNegated(group.id()));
        Label of = new Label(root ? "of these conditions" : "of these");
        of.getStyleClass().add("muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        MenuButton add = addMenu(group.id());
        HBox header = new HBox(handle(group, root), segmented, of, not, grow, add);
        if (!root) {
            header.getChildren().addAll(enabledToggle(group), actions(group));
        }
        header.getStyleClass().add("group-header");
        header.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(header);
        card.getStyleClass().addAll("group-card", root ? "group-root" : "group-nested");
        card.setId("node-" + group.id());
        decorate(card, group);
        dropTarget(card, group, root);
        problems(card, group);
        Label count = null;
        if (block) {
            count = new Label();
            count.getStyleClass().add("block-count");
            count.setVisible(false);
            count.managedProperty().bind(count.visibleProperty());
            card.getChildren().add(0, count);
        }
        if (group.children().isEmpty()) {
            Label empty = new Label("Drop conditions here or use “+ Add”.");
            empty.getStyleClass().add("empty-text");
            card.getChildren().add(empty);
        }
        return new DrawnGroup(card, List.copyOf(card.getChildren()), count);
    }

    private ToggleButton combinatorButton(String text, String tip, Combinator combinator, Group group, ToggleGroup toggles) {
        ToggleButton button = new ToggleButton(text);
        button.setToggleGroup(toggles);
        button.setSelected(group.combinator() == combinator);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> builder.setCombinator(group.id(), combinator));
        return button;
    }

    private MenuButton addMenu(String groupId) {
        MenuItem condition = item("Condition", "Ctrl+Enter", () -> builder.addCondition(groupId));
        MenuItem nested = item("Group", "Ctrl+Shift+Enter", () -> builder.addGroup(groupId));
        MenuItem event = item("Event condition", "", () -> builder.addEventCondition(groupId));
        event.setDisable(builder.newNodes().eventTypes().isEmpty());
        MenuButton menu = new MenuButton("+ Add", null, condition, nested, event);
        if (!builder.segmentNames().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            for (String segment : builder.segmentNames()) {
                menu.getItems().add(item("In segment “" + segment + "”", "", () -> builder.addSegmentReference(groupId, segment)));
            }
        }
        menu.getStyleClass().add("add-menu");
        menu.setId("add-" + groupId);
        return menu;
    }

    private Node node(Condition condition) {
        if (condition instanceof Group group) {
            return group(group, false);
        }
        return row(condition, false).region();
    }

    /** A condition's row: the one of the last drawing when nothing it shows changed, else a new one. */
    private DrawnRow row(Condition condition, boolean topLevel) {
        RowKey key = new RowKey(condition, topLevel, builder.problemsOf(condition.id()),
                builder.explainedProperty().get().get(condition.id()));
        DrawnRow row = rows.get(key);
        if (row == null) {
            row = sameButValue(key).orElseGet(() -> drawRow(condition, topLevel));
        } else {
            drawn.put(condition.id(), row.region());
            row.region().pseudoClassStateChanged(SELECTED, condition.id().equals(builder.selectedProperty().get()));
        }
        nextRows.put(key, row);
        if (row.blockCount() != null) {
            blockCounts.put(condition.id(), row.blockCount());
        }
        return row;
    }

    /** The last drawing's row of a predicate whose value alone changed, given the new value in place. */
    private java.util.Optional<DrawnRow> sameButValue(RowKey key) {
        if (!(key.condition() instanceof Predicate next)) {
            return java.util.Optional.empty();
        }
        for (Map.Entry<RowKey, DrawnRow> previous : rows.entrySet()) {
            DrawnRow row = previous.getValue();
            RowKey was = previous.getKey();
            if (row.editor() != null && was.topLevel() == key.topLevel() && was.problems().equals(key.problems())
                    && java.util.Objects.equals(was.explanation(), key.explanation()) && row.editor().canShow(next)
                    && !nextRows.containsValue(row)) {
                row.editor().show(next);
                nameFields(row.editor().node(), next.id(), new int[1]);
                drawn.put(next.id(), row.region());
                row.region().pseudoClassStateChanged(SELECTED, next.id().equals(builder.selectedProperty().get()));
                return java.util.Optional.of(row);
            }
        }
        return java.util.Optional.empty();
    }

    private DrawnRow drawRow(Condition condition, boolean topLevel) {
        NodeEditors.PredicateEditor editor = condition instanceof Predicate predicate
                ? editors.predicate(predicate, this::commit) : null;
        Node controls = editor != null ? editor.node()
                : condition instanceof EventCondition event ? editors.event(event) : editors.segmentReference((SegmentRef) condition);
        nameFields(controls, condition.id(), new int[1]);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(handle(condition, false), controls, grow, explanation(condition), enabledToggle(condition),
                actions(condition));
        line.getStyleClass().add("condition-line");
        line.setAlignment(Pos.TOP_LEFT);
        VBox row = new VBox(line);
        row.getStyleClass().addAll("condition-row", condition instanceof EventCondition ? "event-row" : "attribute-row");
        row.setId("node-" + condition.id());
        decorate(row, condition);
        dropTarget(row, condition, false);
        problems(row, condition);
        if (!topLevel) {
            return new DrawnRow(row, null, editor);
        }
        Label count = new Label();
        count.getStyleClass().add("block-count");
        count.setVisible(false);
        count.managedProperty().bind(count.visibleProperty());
        row.getChildren().add(0, count);
        return new DrawnRow(row, count, editor);
    }

    /** Ids for a row's controls ("field-n3-0"), so that the focus can find its way back after a redraw. */
    private static void nameFields(Node node, String nodeId, int[] next) {
        if (node instanceof javafx.scene.control.Control control && !(node instanceof Label)) {
            int index = next[0]++; // by position, so a value editor replaced in place gets its old id
            if (control.getId() == null) {
                control.setId(FIELD + nodeId + "-" + index);
            }
            return;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nameFields(child, nodeId, next);
            }
        }
    }

    /** A top-level block, with a place for how many profiles meet it alone. */
    private Node withBlockCount(Condition child) {
        return child instanceof Group group ? group(group, false, true) : row(child, true).region();
    }

    private Node explanation(Condition condition) {
        Explanation explained = builder.explainedProperty().get().get(condition.id());
        if (explained == null) {
            return new Region();
        }
        Label mark = new Label(explained.outcome() ? "✓ true" : "✗ false");
        mark.getStyleClass().addAll("chip", explained.outcome() ? "chip-good" : "chip-bad");
        mark.setTooltip(new Tooltip(explained.description() + "\nvalue: " + explained.actual() + "\ncompared with: "
                + explained.expected()));
        return mark;
    }

    private CheckBox enabledToggle(Condition condition) {
        CheckBox enabled = new CheckBox();
        enabled.setSelected(!condition.disabled());
        enabled.setTooltip(new Tooltip(condition.disabled() ? "Disabled: left out of the rule. Click to enable."
                : "Enabled. Click to leave it out of the rule without deleting it."));
        enabled.setOnAction(event -> builder.toggleDisabled(condition.id()));
        return enabled;
    }

    private MenuButton actions(Condition condition) {
        MenuButton menu = new MenuButton("⋯", null,
                item("Duplicate", "Ctrl+D", () -> builder.duplicate(condition.id())),
                item("Put in a group", "Ctrl+G", () -> builder.wrapInGroup(condition.id())),
                item(condition.disabled() ? "Enable" : "Disable", "", () -> builder.toggleDisabled(condition.id())),
                new SeparatorMenuItem(),
                item("Delete", "Delete", () -> builder.delete(condition.id())));
        menu.getStyleClass().add("row-actions");
        menu.setTooltip(new Tooltip("More actions"));
        return menu;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(shortcut.isEmpty() ? text : text + "    " + shortcut);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** The grip to drag a row by; the root has none. */
    private Node handle(Condition condition, boolean root) {
        Label grip = new Label(root ? "" : "⠿");
        grip.getStyleClass().add("drag-handle");
        if (!root) {
            grip.setTooltip(new Tooltip("Drag to move; drop on a group to put it inside (Alt+↑/↓ moves the selected row)"));
            grip.setOnDragDetected(event -> {
                Dragboard board = grip.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + condition.id());
                board.setContent(content);
                event.consume();
            });
        }
        return grip;
    }

    private void decorate(Region region, Condition condition) {
        drawn.put(condition.id(), region);
        region.pseudoClassStateChanged(SELECTED, condition.id().equals(builder.selectedProperty().get()));
        if (condition.disabled()) {
            region.getStyleClass().add("disabled-node");
        }
        region.setOnMouseClicked(event -> {
            builder.selectedProperty().set(condition.id());
            if (!insideControl(event.getTarget())) {
                region.requestFocus(); // so Delete and Alt+arrows act on the row, not on a field left focused
            }
            event.consume();
        });
    }

    private static boolean insideControl(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof javafx.scene.control.Control && !(node instanceof Label)) {
                return true;
            }
        }
        return false;
    }

    private void problems(VBox box, Condition condition) {
        List<RuleProblem> found = builder.problemsOf(condition.id());
        if (found.isEmpty()) {
            return;
        }
        box.getStyleClass().add("has-problem");
        for (RuleProblem problem : found) {
            Label message = new Label(problem.message());
            message.getStyleClass().add("problem-text");
            message.setWrapText(true);
            box.getChildren().add(message);
        }
    }

    /** Rows take drops before or after themselves; groups also take drops inside, at their end. */
    private void dropTarget(Region target, Condition condition, boolean root) {
        target.setOnDragOver(event -> {
            draggedId(event).filter(id -> canDrop(id, condition)).ifPresent(id -> {
                event.acceptTransferModes(TransferMode.MOVE);
                showDrop(target, place(event, target, condition, root));
            });
            event.consume();
        });
        target.setOnDragExited(event -> showDrop(target, null));
        target.setOnDragDropped(event -> {
            boolean done = draggedId(event).filter(id -> canDrop(id, condition)).map(id -> {
                drop(id, condition, place(event, target, condition, root));
                return true;
            }).orElse(false);
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private enum Place { BEFORE, AFTER, INSIDE }

    private static Place place(DragEvent event, Region target, Condition condition, boolean root) {
        if (condition instanceof Group && (root || event.getY() > 28 && event.getY() < target.getHeight() - 12)) {
            return Place.INSIDE;
        }
        return event.getY() < target.getHeight() / 2 ? Place.BEFORE : Place.AFTER;
    }

    private static void showDrop(Region target, Place place) {
        target.pseudoClassStateChanged(DROP_BEFORE, place == Place.BEFORE);
        target.pseudoClassStateChanged(DROP_AFTER, place == Place.AFTER);
        target.pseudoClassStateChanged(DROP_INSIDE, place == Place.INSIDE);
    }

    private boolean canDrop(String draggedId, Condition target) {
        Condition dragged = RuleEdits.find(builder.tree(), draggedId).orElse(null);
        return dragged != null && !draggedId.equals(target.id()) && RuleEdits.find(dragged, target.id()).isEmpty();
    }

    private void drop(String draggedId, Condition target, Place place) {
        if (place == Place.INSIDE) { // the group as it is now: a kept card may have drawn an older one
            Group now = (Group) RuleEdits.find(builder.tree(), target.id()).orElseThrow();
            builder.move(draggedId, now.id(), now.children().size());
            return;
        }
        RuleEdits.Position at = RuleEdits.position(builder.tree(), target.id()).orElseThrow();
        builder.move(draggedId, at.parentId(), place == Place.BEFORE ? at.index() : at.index() + 1);
    }

    private static java.util.Optional<String> draggedId(DragEvent event) {
        Dragboard board = event.getDragboard();
        return board.hasString() && board.getString().startsWith(DRAG_PREFIX)
                ? java.util.Optional.of(board.getString().substring(DRAG_PREFIX.length())) : java.util.Optional.empty();
    }

}
