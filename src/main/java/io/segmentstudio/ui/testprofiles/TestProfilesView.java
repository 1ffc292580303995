package io.segmentstudio.ui.testprofiles;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.ui.common.TaskProgress;
import io.segmentstudio.workspace.ProfileStore;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The tests of one segment, for the catalog's detail area: the list with its marks, Run all (Ctrl+R), the
 * explanation of the selected test, and the form that adds one.
 */
public final class TestProfilesView {
    private static final KeyCombination RUN_ALL = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private final TestProfilesViewModel tests;
    private final TestProfileDialogs dialogs;

    @FXML
    private VBox root;
    @FXML
    private Label summary;
    @FXML
    private Button add;
    @FXML
    private Button runAll;
    @FXML
    private HBox progressRow;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressMessage;
    @FXML
    private Button cancelRun;
    @FXML
    private SplitPane content;
    @FXML
    private ListView<TestRow> list;
    @FXML
    private VBox detail;
    @FXML
    private Label detailMark;
    @FXML
    private Label detailName;
    @FXML
    private Label verdict;
    @FXML
    private Button flip;
    @FXML
    private Button remove;
    @FXML
    private Label ruleError;
    @FXML
    private VBox explanation;
    @FXML
    private ScrollPane formScroll;
    @FXML
    private ToggleButton fromProfile;
    @FXML
    private ToggleButton byHand;
    @FXML
    private TextField testName;
    @FXML
    private ToggleButton expectMember;
    @FXML
    private ToggleButton expectNotMember;
    @FXML
    private VBox freezeForm;
    @FXML
    private TextField profileKey;
    @FXML
    private Button find;
    @FXML
    private ListView<ProfileStore.Match> matches;
    @FXML
    private VBox handForm;
    @FXML
    private VBox handRows;
    @FXML
    private Button addValue;
    @FXML
    private CheckBox pinAsOf;
    @FXML
    private Label problem;
    @FXML
    private Button save;
    @FXML
    private Button cancelForm;
    @FXML
    private Label noSelection;
    @FXML
    private VBox emptyState;
    @FXML
    private Button addFirst;
    @FXML
    private Label noSegment;

    public TestProfilesView(TestProfilesViewModel tests, TestProfileDialogs dialogs) {
        this.tests = tests;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        NewTestForm form = tests.form();
        BooleanBinding noSegmentShown = tests.segmentProperty().isNull();
        BooleanBinding running = tests.runProperty().isNotNull();
        summary.textProperty().bind(tests.summaryProperty());
        runAll.setOnAction(event -> tests.runAll());
        runAll.disableProperty().bind(noSegmentShown.or(running).or(tests.emptyProperty()));
        runAll.setTooltip(new Tooltip("Run every test of this segment against its current version (Ctrl+R)"));
        add.setOnAction(event -> form.start());
        addFirst.setOnAction(event -> form.start());
        add.disableProperty().bind(noSegmentShown.or(running));
        TaskProgress.bind(tests.runProperty(), progressRow, progress, progressMessage);
        cancelRun.setOnAction(event -> tests.cancelRun());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (RUN_ALL.match(event)) {
                tests.runAll();
                event.consume();
            }
        });

        show(emptyState, tests.emptyProperty().and(form.openProperty().not()));
        show(content, noSegmentShown.not().and(emptyState.visibleProperty().not()));
        show(noSegment, noSegmentShown);
        bindList();
        bindDetail(running);
        bindForm(form);
    }

    private void bindList() {
        list.setItems(tests.rows());
        list.setCellFactory(view -> new TestRowCell(tests));
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-text");
        placeholder.textProperty().bind(tests.loadingProperty().map(loading -> loading ? "Loading the tests…" : ""));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                tests.selectedProperty().set(row);
            }
        });
        tests.selectedProperty().addListener((observable, old, row) -> {
            if (row == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        });
        content.setDividerPositions(0.4);
    }

    private void bindDetail(BooleanBinding running) {
        BooleanBinding selected = tests.selectedProperty().isNotNull();
        show(detail, selected.and(tests.form().openProperty().not()));
        show(noSelection, selected.not().and(tests.form().openProperty().not()));
        tests.selectedProperty().addListener((observable, old, row) -> showSelected(row));
        // flipping rejudges the row without a new selection: the mark follows the list
        tests.rows().addListener((ListChangeListener<TestRow>) change -> showSelected(tests.selectedProperty().get()));
        verdict.textProperty().bind(tests.verdictProperty());
        ruleError.textProperty().bind(tests.ruleErrorProperty());
        show(ruleError, tests.ruleErrorProperty().isNotEmpty());
        tests.explanation().addListener((ListChangeListener<ExplanationLine>) change ->
                ExplanationTree.draw(explanation, tests.explanation()));
        flip.setOnAction(event -> tests.flipExpected(tests.selectedProperty().get()));
        remove.setOnAction(event -> {
            TestRow row = tests.selectedProperty().get();
            if (dialogs.confirmRemove(root.getScene().getWindow(), row)) {
                tests.remove(row);
            }
        });
        flip.disableProperty().bind(running);
        remove.disableProperty().bind(running);
        showSelected(tests.selectedProperty().get());
    }

    private void showSelected(TestRow row) {
        if (row == null) {
            return;
        }
        detailName.setText(row.test().name());
        detailMark.setText(switch (row.status()) {
            case PASSED -> "✓";
            case FAILED -> "✗";
            case NOT_RUN -> "–";
        });
        detailMark.getStyleClass().setAll("test-mark", TestRowCell.styleClass(row.status()));
        flip.setText(TestProfilesViewModel.flipLabel(row));
    }

    private void bindForm(NewTestForm form) {
        show(formScroll, form.openProperty());
        choice(new ToggleGroup(), fromProfile, byHand, form.sourceProperty(), NewTestForm.Source.FROZEN,
                NewTestForm.Source.BY_HAND);
        choice(new ToggleGroup(), expectMember, expectNotMember, form.expectMemberProperty());
        testName.textProperty().bindBidirectional(form.nameProperty());
        show(freezeForm, form.sourceProperty().isEqualTo(NewTestForm.Source.FROZEN));
        show(handForm, form.sourceProperty().isEqualTo(NewTestForm.Source.BY_HAND));
        profileKey.textProperty().bindBidirectional(form.profileKeyProperty());
        profileKey.setOnAction(event -> tests.searchProfiles());
        find.setOnAction(event -> tests.searchProfiles());
        find.setTooltip(new Tooltip("List profiles whose key or email starts with what you typed (Enter)"));
        matches.setItems(form.matches());
        matches.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ProfileStore.Match match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null : tests.describe(match));
            }
        });
        matches.setOnMouseClicked(event -> {
            ProfileStore.Match match = matches.getSelectionModel().getSelectedItem();
            if (match != null) {
                form.pick(match);
            }
        });
        show(matches, Bindings.isNotEmpty(form.matches()));
        form.handValues().addListener((ListChangeListener<HandValue>) change -> drawHandRows(form));
        drawHandRows(form);
        addValue.setOnAction(event -> form.addHandValue());
        pinAsOf.selectedProperty().bindBidirectional(form.pinAsOfProperty());
        problem.textProperty().bind(form.problemProperty());
        show(problem, form.problemProperty().isNotEmpty());
        save.setOnAction(event -> tests.addTest());
        cancelForm.setOnAction(event -> form.close());
        form.openProperty().addListener((observable, old, open) -> {
            if (open) {
                testName.requestFocus();
            }
        });
    }

    private void drawHandRows(NewTestForm form) {
        handRows.getChildren().setAll(form.handValues().stream().map(row -> handRow(form, row)).toList());
    }

    private Node handRow(NewTestForm form, HandValue row) {
        ComboBox<Attribute> attribute = new ComboBox<>(tests.attributes());
        attribute.getStyleClass().add("hand-attribute");
        attribute.setPromptText("Attribute");
        attribute.setConverter(new StringConverter<>() {
            @Override
            public String toString(Attribute value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Attribute fromString(String text) {
                return tests.attributes().stream().filter(a -> a.name().equals(text)).findFirst().orElse(null);
            }
        });
        attribute.valueProperty().bindBidirectional(row.attributeProperty());
        TextField value = new TextField();
        value.getStyleClass().add("hand-value");
        value.textProperty().bindBidirectional(row.textProperty());
        value.promptTextProperty().bind(row.attributeProperty().map(TestProfilesViewModel::hint).orElse("value"));
        HBox.setHgrow(value, Priority.ALWAYS);
        Label equals = new Label("=");
        equals.getStyleClass().add("muted");
        Button drop = new Button("✕");
        drop.getStyleClass().addAll("small-button", "hand-remove");
        drop.setTooltip(new Tooltip("Remove this value (the attribute is then missing)"));
        drop.setOnAction(event -> form.removeHandValue(row));
        HBox line = new HBox(attribute, equals, value, drop);
        line.getStyleClass().add("hand-row");
        return line;
    }

    /** Two toggle buttons for two values of a property; one of them is always pressed. */
    private static <T> void choice(ToggleGroup group, ToggleButton first, ToggleButton second,
                                   ObjectProperty<T> property, T firstValue, T secondValue) {
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        Runnable fromProperty = () -> group.selectToggle(firstValue.equals(property.get()) ? first : second);
        property.addListener((observable, old, now) -> fromProperty.run());
        group.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // pressing the pressed button keeps the choice
            } else {
                property.set(now == first ? firstValue : secondValue);
            }
        });
        fromProperty.run();
    }

    private static void choice(ToggleGroup group, ToggleButton yes, ToggleButton no, BooleanProperty property) {
        ObjectProperty<Boolean> boxed = property.asObject();
        choice(group, yes, no, boxed, Boolean.TRUE, Boolean.FALSE);
    }

    /** Shown and laid out only while the condition holds. */
    private static void show(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
