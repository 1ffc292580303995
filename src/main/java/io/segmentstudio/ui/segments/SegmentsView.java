package io.segmentstudio.ui.segments;

import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.common.Cells;
import io.segmentstudio.ui.common.SegmentLinks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The segment catalog: filters on top, the table, and the selected segment's overview (plus the tabs
 * other features add, such as versions and test profiles). Enter or a double click opens the builder.
 */
public final class SegmentsView {
    private final SegmentsViewModel viewModel;
    private final SegmentActions actions;
    private final CatalogDialogs dialogs;
    private final SegmentLinks links;
    private final StringProperty user;
    private final Function<SegmentsViewModel, List<Tab>> extraTabs;

    @FXML
    private Label summary;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private TextField actingAs;
    @FXML
    private Button naming;
    @FXML
    private Button newSegment;
    @FXML
    private TextField search;
    @FXML
    private ComboBox<String> folderFilter;
    @FXML
    private ComboBox<StatusFilter> statusFilter;
    @FXML
    private ComboBox<String> ownerFilter;
    @FXML
    private ToggleButton overdueOnly;
    @FXML
    private Hyperlink clearFilters;
    @FXML
    private Label notice;
    @FXML
    private SplitPane content;
    @FXML
    private TableView<SegmentSummary> table;
    @FXML
    private TableColumn<SegmentSummary, SegmentSummary> nameColumn;
    @FXML
    private TableColumn<SegmentSummary, String> folderColumn;
    @FXML
    private TableColumn<SegmentSummary, String> tagsColumn;
    @FXML
    private TableColumn<SegmentSummary, SegmentStatus> statusColumn;
    @FXML
    private TableColumn<SegmentSummary, String> ownerColumn;
    @FXML
    private TableColumn<SegmentSummary, SegmentSummary> membersColumn;
    @FXML
    private TableColumn<SegmentSummary, SegmentSummary> evaluatedColumn;
    @FXML
    private TableColumn<SegmentSummary, SegmentSummary> reviewColumn;
    @FXML
    private Label noMatches;
    @FXML
    private Hyperlink clearFiltersEmpty;
    @FXML
    private TabPane detailTabs;
    @FXML
    private Label detailName;
    @FXML
    private Label detailStatus;
    @FXML
    private Label detailMeta;
    @FXML
    private Label detailNaming;
    @FXML
    private Label detailDescription;
    @FXML
    private Button openInBuilder;
    @FXML
    private Button editDetails;
    @FXML
    private Button reviewBy;
    @FXML
    private Button archive;
    @FXML
    private FlowPane detailTags;
    @FXML
    private Label detailMembers;
    @FXML
    private Label detailEvaluated;
    @FXML
    private Label detailReview;
    @FXML
    private Label noSelection;
    @FXML
    private VBox emptyState;
    @FXML
    private Button newSegmentEmpty;

    /**
     * @param user      who acts (shared with the builder; kept in the settings)
     * @param extraTabs tabs beside the overview for the selected segment (versions, tests)
     */
    public SegmentsView(SegmentsViewModel viewModel, SegmentActions actions, CatalogDialogs dialogs, SegmentLinks links,
                        StringProperty user, Function<SegmentsViewModel, List<Tab>> extraTabs) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.dialogs = dialogs;
        this.links = links;
        this.user = user;
        this.extraTabs = extraTabs;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        actingAs.textProperty().bindBidirectional(user);
        notice.textProperty().bind(actions.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        bindFilters();
        bindTable();
        content.setDividerPositions(0.62);
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        detailTabs.getTabs().addAll(extraTabs.apply(viewModel));
        viewModel.selectedProperty().addListener((observable, old, segment) -> showDetail(segment));
        newSegment.setOnAction(event -> links.newSegment());
        newSegmentEmpty.setOnAction(event -> links.newSegment());
        naming.setOnAction(event -> dialogs.askNaming(window(), viewModel.namingProperty().get(), viewModel.names())
                .ifPresent(answer -> actions.setNaming(answer.regex(), answer.hint())));
        bindDetailActions();
        showDetail(null);
    }

    private void bindFilters() {
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        folderFilter.setItems(viewModel.folders());
        folderFilter.valueProperty().bindBidirectional(viewModel.folderProperty());
        folderFilter.setConverter(converter(folder -> folder == null ? "All folders" : folder.isEmpty() ? "No folder" : folder));
        folderFilter.setButtonCell(promptCell("All folders", folder -> folder.isEmpty() ? "No folder" : folder));
        statusFilter.getItems().setAll(StatusFilter.values());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        statusFilter.setConverter(converter(status -> status == null ? "" : status.label()));
        ownerFilter.setItems(viewModel.owners());
        ownerFilter.valueProperty().bindBidirectional(viewModel.ownerProperty());
        ownerFilter.setButtonCell(promptCell("Any owner", owner -> owner));
        overdueOnly.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        clearFilters.setOnAction(event -> viewModel.clearFilters());
        clearFiltersEmpty.setOnAction(event -> viewModel.clearFilters());
        noMatches.setText("No segment passes these filters.");
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("the filter is chosen, not typed");
            }
        };
    }

    /** A combo's button cell that shows the prompt again when the value is cleared to null. */
    private static <T> ListCell<T> promptCell(String prompt, Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : text.apply(item));
            }
        };
    }

    private void bindTable() {
        nameColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        nameColumn.setComparator(Comparator.comparing(SegmentSummary::name, String.CASE_INSENSITIVE_ORDER));
        nameColumn.setCellFactory(column -> new NameCell());
        Cells.text(folderColumn, SegmentSummary::folder);
        Cells.text(tagsColumn, segment -> String.join(", ", segment.tags()));
        Cells.chip(statusColumn, SegmentSummary::status, SegmentStatus::label, SegmentsViewModel::statusStyleClass);
        Cells.text(ownerColumn, SegmentSummary::owner);
        Cells.text(membersColumn, segment -> segment, viewModel::members);
        membersColumn.setComparator(Comparator.comparingLong(viewModel::membersValue));
        viewModel.liveSizesProperty().addListener((observable, old, sizes) -> {
            table.refresh();
            showDetail(viewModel.selectedProperty().get());
        });
        Cells.text(evaluatedColumn, segment -> segment, viewModel::evaluatedAgo);
        evaluatedColumn.setComparator(Comparator.comparing(SegmentSummary::lastEvaluated,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        reviewColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        reviewColumn.setComparator(Comparator.comparing(SegmentSummary::reviewBy,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        reviewColumn.setCellFactory(column -> new ReviewCell());
        table.setItems(viewModel.visibleSegments());
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, segment) -> {
            if (segment != null || !viewModel.visibleSegments().isEmpty()) {
                viewModel.selectedProperty().set(segment);
            }
        });
        // a reload replaces the rows: keep the same segment selected
        viewModel.visibleSegments().addListener((ListChangeListener<SegmentSummary>) change -> reselect());
        table.setRowFactory(view -> {
            TableRow<SegmentSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    links.openInBuilder(row.getItem().name());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            SegmentSummary segment = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && segment != null) {
                links.openInBuilder(segment.name());
            }
        });
    }

    private void reselect() {
        SegmentSummary shown = viewModel.selectedProperty().get();
        if (shown == null) {
            return;
        }
        viewModel.visibleSegments().stream().filter(segment -> segment.name().equals(shown.name())).findFirst()
                .ifPresentOrElse(segment -> {
                    table.getSelectionModel().select(segment);
                    viewModel.selectedProperty().set(segment);
                }, () -> viewModel.selectedProperty().set(null));
    }

    private void bindDetailActions() {
        openInBuilder.setOnAction(event -> selected().ifPresent(segment -> links.openInBuilder(segment.name())));
        editDetails.setOnAction(event -> selected().ifPresent(segment -> dialogs.editDetails(window(), segment,
                        viewModel.folders())
                .ifPresent(details -> actions.describe(segment.name(), details.description(), details.folder(),
                        details.tags()))));
        reviewBy.setOnAction(event -> selected().ifPresent(segment -> dialogs.askReviewBy(window(), segment,
                viewModel.today()).ifPresent(answer -> actions.setReviewBy(segment.name(), answer.day()))));
        archive.setOnAction(event -> selected().ifPresent(segment -> {
            if (segment.status() == SegmentStatus.ARCHIVED) {
                dialogs.askUnarchive(window(), segment.name())
                        .ifPresent(comment -> actions.unarchive(segment.name(), comment));
            } else {
                actions.checkArchive(segment.name(), impact -> dialogs.confirmArchive(window(), impact)
                        .ifPresent(comment -> actions.archive(segment.name(), comment)));
            }
        }));
    }

    private Optional<SegmentSummary> selected() {
        return Optional.ofNullable(viewModel.selectedProperty().get());
    }

    private Window window() {
        return table.getScene().getWindow();
    }

    private void showDetail(SegmentSummary segment) {
        detailTabs.setVisible(segment != null);
        noSelection.setVisible(segment == null);
        if (segment == null) {
            return;
        }
        detailName.setText(segment.name());
        detailStatus.setText(segment.status().label());
        detailStatus.getStyleClass().setAll("chip", SegmentsViewModel.statusStyleClass(segment.status()));
        detailMeta.setText(viewModel.meta(segment));
        String warning = viewModel.namingWarning(segment);
        detailNaming.setText(warning);
        detailNaming.setVisible(!warning.isEmpty());
        detailNaming.setManaged(!warning.isEmpty());
        detailDescription.setText(segment.description().isBlank() ? "No description." : segment.description());
        detailTags.getChildren().clear();
        for (String tag : segment.tags()) {
            Label chip = new Label(tag);
            chip.getStyleClass().addAll("chip", "chip-tag");
            detailTags.getChildren().add(chip);
        }
        if (segment.tags().isEmpty()) {
            detailTags.getChildren().add(new Label("No tags"));
        }
        detailMembers.setText(viewModel.members(segment));
        detailEvaluated.setText(viewModel.lastEvaluated(segment));
        detailReview.setText(segment.reviewBy() == null ? "No review day set" : viewModel.reviewBy(segment));
        detailReview.getStyleClass().setAll("label");
        if (viewModel.overdue(segment)) {
            detailReview.getStyleClass().add("overdue");
        }
        boolean archived = segment.status() == SegmentStatus.ARCHIVED;
        archive.setText(archived ? "Unarchive…" : "Archive…");
        openInBuilder.setDisable(archived);
    }

    /** The name, with a flag when it breaks the naming convention. */
    private final class NameCell extends TableCell<SegmentSummary, SegmentSummary> {
        private final Label flag = new Label("!");

        NameCell() {
            flag.getStyleClass().add("naming-flag");
        }

        @Override
        protected void updateItem(SegmentSummary segment, boolean empty) {
            super.updateItem(segment, empty);
            if (empty || segment == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(segment.name());
            String warning = viewModel.namingWarning(segment);
            setGraphic(warning.isEmpty() ? null : flag);
            setTooltip(new Tooltip(warning.isEmpty() ? segment.name() : warning));
        }
    }

    /** The review-by day, red once it has passed. */
    private final class ReviewCell extends TableCell<SegmentSummary, SegmentSummary> {
        @Override
        protected void updateItem(SegmentSummary segment, boolean empty) {
            super.updateItem(segment, empty);
            getStyleClass().remove("overdue");
            if (empty || segment == null) {
                setText(null);
                return;
            }
            setText(segment.reviewBy() == null ? "—" : segment.reviewBy().toString());
            setTooltip(viewModel.overdue(segment) ? new Tooltip("Overdue: to be reviewed by " + segment.reviewBy()) : null);
            if (viewModel.overdue(segment)) {
                getStyleClass().add("overdue"); // red says overdue; the column has no room for the word
            }
        }
    }
}
