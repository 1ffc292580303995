package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.engine.Dialect;
import io.segmentstudio.engine.RuleProblem;
import io.segmentstudio.engine.edit.RuleEdits;
import io.segmentstudio.engine.format.RuleFormat;
import io.segmentstudio.ui.common.Formats;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The rule builder page: the rule drawn as cards on the left, the live count with the sample, SQL,
 * explain, history and problems on the right. Keys: Ctrl+Z / Ctrl+Shift+Z undo and redo, Ctrl+Enter
 * adds a condition to the selected group, Ctrl+D duplicates, Ctrl+G groups, Delete deletes, Alt+↑/↓
 * moves the selected row.
 */
public final class RuleBuilderView {
    private final RuleBuilderViewModel builder;
    private final SegmentSession session;
    private final Formats formats;
    private final InterchangeDialogs interchange;
    private final SessionDialogs sessionDialogs;
    private List<String> sampleColumns = List.of();
    /** The SQL text is written when its tab shows: every edit would otherwise pay for text nobody reads. */
    private boolean sqlStale = true;

    @FXML
    private Label title;
    @FXML
    private Label status;
    @FXML
    private TextField actingAs;
    @FXML
    private Button save;
    @FXML
    private Button submit;
    @FXML
    private Button approve;
    @FXML
    private Button reject;
    @FXML
    private Label subtitle;
    @FXML
    private Button undo;
    @FXML
    private Button redo;
    @FXML
    private MenuButton interchangeMenu;
    @FXML
    private SplitPane split;
    @FXML
    private ScrollPane treeScroll;
    @FXML
    private Label count;
    @FXML
    private Label share;
    @FXML
    private ProgressBar counting;
    @FXML
    private TableView<LiveCount.SampleRow> sample;
    @FXML
    private ComboBox<Dialect> dialect;
    @FXML
    private Button copySql;
    @FXML
    private TextArea sql;
    @FXML
    private TextField profileKey;
    @FXML
    private Button explain;
    @FXML
    private Label verdict;
    @FXML
    private ListView<EditHistory.Entry> history;
    @FXML
    private Tab problemsTab;
    @FXML
    private javafx.scene.control.TabPane tabs;
    @FXML
    private Tab sqlTab;
    @FXML
    private ListView<RuleProblem> problems;

    public RuleBuilderView(RuleBuilderViewModel builder, SegmentSession session, Formats formats,
                           InterchangeDialogs interchange, SessionDialogs sessionDialogs) {
        this.builder = builder;
        this.session = session;
        this.formats = formats;
        this.interchange = interchange;
        this.sessionDialogs = sessionDialogs;
    }

    @FXML
    private void initialize() {
        ValuePicker picker = new ValuePicker(builder, formats);
        treeScroll.setContent(new RuleTreeView(builder, picker::forAttribute, formats));
        split.setDividerPositions(0.66);
        bindToolbar();
        bindCount();
        bindSql();
        bindExplain();
        bindHistory();
        bindProblems();
        bindSession();
        treeScroll.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
    }

    private void bindToolbar() {
        undo.disableProperty().bind(builder.history().canUndoProperty().not());
        redo.disableProperty().bind(builder.history().canRedoProperty().not());
        undo.setOnAction(event -> builder.undo());
        redo.setOnAction(event -> builder.redo());
        builder.history().positionProperty().addListener((observable, old, position) -> tooltips());
        builder.history().entries().addListener((javafx.collections.ListChangeListener<EditHistory.Entry>) c -> tooltips());
        tooltips();
        interchangeMenu.getItems().clear();
        for (RuleFormat format : RuleFormat.values()) {
            String name = InterchangeDialogs.title(format);
            MenuItem importItem = new MenuItem("Import " + name + "…");
            importItem.setOnAction(event -> interchange.importRule(builder, format, interchangeMenu.getScene().getWindow()));
            MenuItem exportItem = new MenuItem("Export " + name + "…");
            exportItem.setOnAction(event -> interchange.exportRule(builder, format, interchangeMenu.getScene().getWindow()));
            interchangeMenu.getItems().addAll(importItem, exportItem);
        }
    }

    private void bindSession() {
        actingAs.textProperty().bindBidirectional(session.userProperty());
        session.stateProperty().addListener((observable, old, state) -> showSession(state));
        session.noticeProperty().addListener((observable, old, notice) -> subtitle.setText(notice));
        showSession(null);
        save.setOnAction(event -> {
            boolean isNew = session.stateProperty().get() == null;
            sessionDialogs.ask(window(), isNew ? "Save as a new segment" : "Save a new version", "Save", isNew, false)
                    .ifPresent(answer -> {
                        if (isNew) {
                            session.saveAsNew(answer.name(), answer.comment());
                        } else {
                            session.save(answer.comment());
                        }
                    });
        });
        submit.setOnAction(event -> sessionDialogs.ask(window(), "Submit for review", "Submit", false, false)
                .ifPresent(answer -> session.submit(answer.comment())));
        approve.setOnAction(event -> sessionDialogs.ask(window(), "Approve as " + session.userProperty().get(), "Approve",
                false, true).ifPresent(answer -> session.approve(answer.comment())));
        reject.setOnAction(event -> sessionDialogs.ask(window(), "Reject as " + session.userProperty().get(), "Reject",
                false, true).ifPresent(answer -> session.reject(answer.comment())));
    }

    private void showSession(SegmentSession.State state) {
        save.setDisable(builder.isEmpty() && state == null);
        if (state == null) {
            title.setText("Rule builder");
            status.setVisible(false);
            submit.setDisable(true);
            approve.setDisable(true);
            reject.setDisable(true);
            return;
        }
        title.setText(state.version().segment() + " · v" + state.version().version());
        status.setVisible(true);
        status.setText(state.version().status().label());
        status.getStyleClass().setAll("chip", io.segmentstudio.ui.segments.SegmentsViewModel.statusStyleClass(
                state.version().status()));
        save.setDisable(!state.allowed().contains(io.segmentstudio.domain.LifecycleAction.EDIT));
        submit.setDisable(!state.allowed().contains(io.segmentstudio.domain.LifecycleAction.SUBMIT));
        approve.setDisable(!state.allowed().contains(io.segmentstudio.domain.LifecycleAction.APPROVE));
        reject.setDisable(!state.allowed().contains(io.segmentstudio.domain.LifecycleAction.REJECT));
    }

    private javafx.stage.Window window() {
        return treeScroll.getScene().getWindow();
    }

    private void tooltips() {
        String undoLabel = builder.history().undoLabel();
        String redoLabel = builder.history().redoLabel();
        undo.setTooltip(new Tooltip((undoLabel.isEmpty() ? "Nothing to undo" : "Undo " + undoLabel) + "  (Ctrl+Z)"));
        redo.setTooltip(new Tooltip((redoLabel.isEmpty() ? "Nothing to redo" : "Redo " + redoLabel) + "  (Ctrl+Shift+Z)"));
    }

    private void bindCount() {
        counting.visibleProperty().bind(builder.count().countingProperty());
        counting.managedProperty().bind(counting.visibleProperty());
        builder.count().resultProperty().addListener((observable, old, counted) -> showCount(counted));
        builder.problems().addListener((javafx.collections.ListChangeListener<RuleProblem>) change -> showCount(
                builder.count().resultProperty().get()));
        builder.history().treeProperty().addListener((observable, old, tree) -> showCount(builder.count().resultProperty().get()));
        showCount(builder.count().resultProperty().get());
    }

    private void showCount(LiveCount.Counted counted) {
        if (!builder.problems().isEmpty()) {
            count.setText("—");
            share.setText(builder.problems().size() == 1 ? "Fix the marked condition to see the count"
                    : "Fix the " + builder.problems().size() + " marked conditions to see the count");
            showSample(null);
            return;
        }
        if (builder.isEmpty()) {
            count.setText("—");
            share.setText("Add a condition to see how many profiles meet it");
            showSample(null);
            return;
        }
        if (counted == null) {
            count.setText("…");
            share.setText("Counting");
            return;
        }
        count.setText(formats.count(counted.members()));
        share.setText(formats.percent(counted.share()) + " of " + formats.count(counted.profiles()) + " profiles");
        showSample(counted);
    }

    private void showSample(LiveCount.Counted counted) {
        if (counted == null) {
            sample.getItems().clear();
            return;
        }
        if (sampleColumns.equals(counted.columns())) {
            sample.getItems().setAll(counted.sample()); // same attributes: new columns would only cost a relayout
            return;
        }
        sampleColumns = List.copyOf(counted.columns());
        sample.getColumns().clear();
        TableColumn<LiveCount.SampleRow, String> key = new TableColumn<>("Profile");
        key.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().key()));
        sample.getColumns().add(key);
        List<String> columns = counted.columns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            TableColumn<LiveCount.SampleRow, String> column = new TableColumn<>(columns.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().values().get(index)));
            sample.getColumns().add(column);
        }
        sample.getItems().setAll(counted.sample());
    }

    private void bindSql() {
        dialect.getItems().setAll(Dialect.values());
        dialect.valueProperty().bindBidirectional(builder.dialectProperty());
        dialect.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Dialect value) {
                return value == null ? "" : switch (value) {
                    case H2 -> "H2";
                    case POSTGRESQL -> "PostgreSQL";
                    case DUCKDB -> "DuckDB";
                    case SNOWFLAKE -> "Snowflake";
                    case BIGQUERY -> "BigQuery";
                };
            }

            @Override
            public Dialect fromString(String text) {
                return Dialect.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        Runnable show = () -> {
            if (tabs.getSelectionModel().getSelectedItem() != sqlTab) {
                sqlStale = true;
                return;
            }
            sqlStale = false;
            sql.setText(builder.sql().orElse("-- the rule has problems; fix them to see its SQL"));
        };
        builder.history().treeProperty().addListener((observable, old, tree) -> show.run());
        dialect.valueProperty().addListener((observable, old, value) -> show.run());
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> {
            if (sqlStale) {
                show.run();
            }
        });
        copySql.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(sql.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void bindExplain() {
        Runnable run = () -> {
            String key = profileKey.getText().strip();
            if (key.isEmpty()) {
                return;
            }
            verdict.setText("Explaining…");
            builder.explain(key, answer -> verdict.setText(answer.map(e -> e.key() + (e.explanation().outcome()
                    ? " is a member: the marks on the rule show why." : " is not a member: the red marks show what fails."))
                    .orElse(builder.problems().isEmpty() ? "No single profile has a key or email starting with “" + key
                            + "”: type more of it." : "Fix the rule first.")));
        };
        explain.setOnAction(event -> run.run());
        profileKey.setOnAction(event -> run.run());
        builder.history().treeProperty().addListener((observable, old, tree) -> verdict.setText(""));
    }

    private void bindHistory() {
        history.setItems(builder.history().entries());
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EditHistory.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.label());
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("future"),
                        !empty && getIndex() > builder.history().positionProperty().get());
            }
        });
        builder.history().positionProperty().addListener((observable, old, position) -> {
            history.getSelectionModel().select(position.intValue());
            history.refresh();
        });
        history.getSelectionModel().select(builder.history().positionProperty().get());
        history.setOnMouseClicked(event -> {
            int index = history.getSelectionModel().getSelectedIndex();
            if (index >= 0 && index != builder.history().positionProperty().get()) {
                builder.history().goTo(index);
            }
        });
    }

    private void bindProblems() {
        problems.setItems(builder.problems());
        problems.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RuleProblem problem, boolean empty) {
                super.updateItem(problem, empty);
                setText(empty || problem == null ? null : problem.where() + ": " + problem.message());
                setWrapText(true);
            }
        });
        problems.getSelectionModel().selectedItemProperty().addListener((observable, old, problem) -> {
            if (problem != null) {
                builder.selectedProperty().set(problem.nodeId());
            }
        });
        Runnable title = () -> problemsTab.setText(builder.problems().isEmpty() ? "Problems"
                : "Problems (" + builder.problems().size() + ")");
        builder.problems().addListener((javafx.collections.ListChangeListener<RuleProblem>) change -> title.run());
        title.run();
        builder.history().treeProperty().addListener((observable, old, tree) -> {
            subtitle.setText(describe(tree));
            if (session.stateProperty().get() == null) {
                save.setDisable(builder.isEmpty());
            }
        });
        subtitle.setText(describe(builder.tree()));
    }

    private static String describe(Group tree) {
        long conditions = RuleEdits.ids(tree).size() - 1;
        return conditions == 0 ? "Start with “+ Add”: a condition, a group, an event or another segment."
                : conditions + (conditions == 1 ? " node" : " nodes") + " · changes count at once · Ctrl+Z undoes";
    }

    /** Keys that act on the selected node (or the top group when none is selected). */
    private void shortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!treeScroll.isVisible() || treeScroll.getScene() == null) {
                return;
            }
            String selected = builder.selectedProperty().get();
            boolean handled = true;
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)) {
                builder.undo();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(event)
                    || new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(event)) {
                builder.redo();
            } else if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                builder.addCondition(targetGroup(selected));
            } else if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(event)) {
                builder.addGroup(targetGroup(selected));
            } else if (selected != null && !selected.equals(builder.tree().id())) {
                handled = onSelected(event, selected);
            } else {
                handled = false;
            }
            if (handled) {
                event.consume();
            }
        });
    }

    private boolean onSelected(KeyEvent event, String selected) {
        boolean typing = event.getTarget() instanceof javafx.scene.control.TextInputControl;
        if (new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN).match(event)) {
            builder.duplicate(selected);
        } else if (new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN).match(event)) {
            builder.wrapInGroup(selected);
        } else if (event.getCode() == KeyCode.DELETE && !typing) {
            builder.delete(selected);
        } else if (new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN).match(event)) {
            moveBy(selected, -1);
        } else if (new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN).match(event)) {
            moveBy(selected, 1);
        } else {
            return false;
        }
        return true;
    }

    private void moveBy(String id, int step) {
        RuleEdits.Position at = RuleEdits.position(builder.tree(), id).orElseThrow();
        Group parent = (Group) RuleEdits.find(builder.tree(), at.parentId()).orElseThrow();
        int target = at.index() + step;
        if (target >= 0 && target < parent.children().size()) {
            builder.move(id, parent.id(), step > 0 ? target + 1 : target);
        }
    }

    private String targetGroup(String selected) {
        if (selected == null) {
            return builder.tree().id();
        }
        Condition node = RuleEdits.find(builder.tree(), selected).orElse(builder.tree());
        return node instanceof Group ? node.id()
                : RuleEdits.position(builder.tree(), selected).map(RuleEdits.Position::parentId).orElse(builder.tree().id());
    }
}
