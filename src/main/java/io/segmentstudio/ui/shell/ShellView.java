package io.segmentstudio.ui.shell;

import io.segmentstudio.app.SampleWorkspaces;
import io.segmentstudio.ui.common.Theme;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The main window's frame: menus, navigation rail, the content area and the status bar. */
public final class ShellView {
    private final ShellViewModel viewModel;
    private final Function<Page, Parent> pageFactory;
    private final Map<Page, Parent> pages = new EnumMap<>(Page.class);
    private final Parent welcome;
    private final Parent statusBar;
    private final ShellDialogs dialogs;
    private final ToggleGroup railGroup = new ToggleGroup();

    @FXML
    private BorderPane root;
    @FXML
    private Menu recentMenu;
    @FXML
    private Menu sampleMenu;
    @FXML
    private Menu viewMenu;
    @FXML
    private MenuItem closeItem;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private VBox rail;
    @FXML
    private StackPane content;

    /** @param pageFactory builds a page; called once per page, on its first visit */
    ShellView(ShellViewModel viewModel, Function<Page, Parent> pageFactory, Parent welcome, Parent statusBar,
              ShellDialogs dialogs) {
        this.viewModel = viewModel;
        this.pageFactory = pageFactory;
        this.welcome = welcome;
        this.statusBar = statusBar;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        root.setBottom(statusBar);
        buildRail();
        buildPageMenu();
        buildSampleMenu();
        viewModel.recentWorkspaces().addListener((ListChangeListener<RecentWorkspace>) change -> buildRecentMenu());
        buildRecentMenu();
        closeItem.disableProperty().bind(viewModel.workspaceProperty().isNull());
        darkThemeItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        darkThemeItem.selectedProperty().addListener((observable, old, dark) ->
                viewModel.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT));
        viewModel.workspaceProperty().addListener(observable -> showContent());
        viewModel.pageProperty().addListener(observable -> showContent());
        showContent();
    }

    private void buildRail() {
        for (Page page : Page.values()) {
            Region icon = new Region();
            icon.getStyleClass().addAll("nav-icon", page.iconStyleClass());
            ToggleButton item = new ToggleButton(page.title(), icon);
            item.getStyleClass().add("nav-item");
            item.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
            item.setUserData(page);
            item.setToggleGroup(railGroup);
            item.setTooltip(new Tooltip(page.title() + " (" + shortcut(page).getDisplayText() + ")"));
            item.disableProperty().bind(viewModel.workspaceProperty().isNull());
            rail.getChildren().add(item);
        }
        railGroup.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                old.setSelected(true); // the rail always shows where you are; clicking the current page keeps it
            } else {
                viewModel.pageProperty().set((Page) now.getUserData());
            }
        });
        viewModel.pageProperty().addListener((observable, old, page) -> selectRailItem(page));
        selectRailItem(viewModel.pageProperty().get());
    }

    private void selectRailItem(Page page) {
        railGroup.getToggles().stream().filter(toggle -> toggle.getUserData() == page).findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }

    private void buildPageMenu() {
        int position = 0;
        for (Page page : Page.values()) {
            MenuItem item = new MenuItem(page.title());
            item.setAccelerator(shortcut(page));
            item.setOnAction(event -> viewModel.pageProperty().set(page));
            item.disableProperty().bind(viewModel.workspaceProperty().isNull());
            viewMenu.getItems().add(position++, item);
        }
        viewMenu.getItems().add(position, new SeparatorMenuItem());
    }

    private static KeyCombination shortcut(Page page) {
        return new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(page.shortcut())), KeyCombination.SHORTCUT_DOWN);
    }

    private void buildSampleMenu() {
        for (SampleWorkspaces.Sample sample : viewModel.samples()) {
            MenuItem item = new MenuItem(sample.title());
            item.setOnAction(event -> viewModel.openSample(sample));
            sampleMenu.getItems().add(item);
        }
    }

    private void buildRecentMenu() {
        recentMenu.getItems().clear();
        for (RecentWorkspace recent : viewModel.recentWorkspaces()) {
            MenuItem item = new MenuItem(recent.available() ? recent.name() : recent.name() + " (missing)");
            item.setMnemonicParsing(false);
            item.setDisable(!recent.available());
            item.setOnAction(event -> viewModel.open(recent.file()));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void showContent() {
        Parent shown = viewModel.workspaceProperty().get() == null ? welcome
                : pages.computeIfAbsent(viewModel.pageProperty().get(), pageFactory);
        content.getChildren().setAll(shown);
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void newWorkspace() {
        dialogs.chooseNewWorkspace(window(), viewModel.workspacesFolder()).ifPresent(viewModel::create);
    }

    @FXML
    private void openWorkspace() {
        dialogs.chooseWorkspace(window(), viewModel.workspacesFolder()).ifPresent(viewModel::open);
    }

    @FXML
    private void closeWorkspace() {
        viewModel.close();
    }

    @FXML
    private void quit() {
        window().hide();
    }

    @FXML
    private void about() {
        dialogs.showAbout(window());
    }

    @FXML
    private void showLogFolder() {
        dialogs.showLogFolder(window());
    }
}
